import { describe, expect, it } from 'vitest';
import { validateLayout } from '../../shared/geometry/validateLayout';
import { isCanvasLayout, isTableLayout, templateSchema, type Template } from '../../shared/model/Template';
import { BUILTIN_TEMPLATES, DEFAULT_TEMPLATE_ID, findTemplate } from '../../shared/templates/builtin';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';

const THAI = /[\u0E00-\u0E7F]/;

function canvasOf(t: Template) {
  if (!isCanvasLayout(t.layout)) throw new Error(`${t.id} is not a canvas`);
  return t.layout;
}

describe('built-in templates', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s parses unchanged', (_id, t) => {
    expect(templateSchema.parse(t)).toStrictEqual(t);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s has a sound layout', (_id, t) => {
    expect(validateLayout(t.layout)).toEqual([]);
  });

  it('has unique template ids', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ships every template the design names', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id).sort();
    expect(ids).toEqual(
      [
        'aar',
        'activity-log',
        'bmc',
        'capital-inventory',
        'capitals',
        'cbmc-12',
        'cbmc-9',
        'follow-up',
        'household-survey',
        'indicators',
        'ksnb',
        'lean',
        'mission',
        'operation-plan',
        'policy-proposal',
        'swot',
        'tbmc',
        'tbmc-matrix',
        'team-roster',
        'tows',
      ].sort(),
    );
  });

  it('puts CBMC-9 first and makes it the default', () => {
    expect(BUILTIN_TEMPLATES[0]?.id).toBe('cbmc-9');
    expect(DEFAULT_TEMPLATE_ID).toBe('cbmc-9');
    expect(findTemplate(DEFAULT_TEMPLATE_ID)).toBe(BUILTIN_TEMPLATES[0]);
  });

  it('finds templates by id and nothing for an unknown id', () => {
    expect(findTemplate('ksnb')?.name_en).toMatch(/KSNB/);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it('prints canvases landscape and narrow tables portrait', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const expected = isTableLayout(t.layout) && t.layout.columns.length < 10 ? 'portrait' : 'landscape';
      expect(t.orientation, t.id).toBe(expected);
    }
  });

  it('names every template, block and column in Thai and English', () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.name_th, t.id).toMatch(THAI);
      expect(t.name_en, t.id).not.toBe('');
      expect(t.description_th, t.id).toMatch(THAI);
      expect(t.description_en, t.id).not.toBe('');
      const items = isCanvasLayout(t.layout) ? t.layout.blocks : t.layout.columns;
      for (const item of items) {
        expect(item.label_th, `${t.id}/${item.id}`).toMatch(THAI);
        expect(item.label_en, `${t.id}/${item.id}`).not.toBe('');
      }
    }
  });

  it('gives every canvas block a colour and as many English questions as Thai ones', () => {
    for (const t of BUILTIN_TEMPLATES) {
      if (!isCanvasLayout(t.layout)) continue;
      for (const b of t.layout.blocks) {
        const where = `${t.id}/${b.id}`;
        expect(b.color, where).toMatch(/^#[0-9a-f]{6}$/i);
        expect(b.questions_en.length, where).toBe(b.questions_th.length);
        for (const q of b.questions_th) expect(q, where).toMatch(THAI);
        if (b.source_url !== undefined) expect(b.source_url, where).toMatch(/^https?:\/\//);
      }
    }
  });

  it('cites a source for every confirmed block', () => {
    for (const t of BUILTIN_TEMPLATES) {
      if (!isCanvasLayout(t.layout)) continue;
      for (const b of t.layout.blocks) {
        if (b.provenance === 'confirmed') expect(b.source_url, `${t.id}/${b.id}`).toBeDefined();
      }
    }
  });

  it('gives options to choice columns and only to them', () => {
    for (const t of BUILTIN_TEMPLATES) {
      if (!isTableLayout(t.layout)) continue;
      for (const c of t.layout.columns) {
        if (c.kind === 'choice') expect(c.options?.length, `${t.id}/${c.id}`).toBeGreaterThan(1);
        else expect(c.options, `${t.id}/${c.id}`).toBeUndefined();
      }
    }
  });

  it('lays out CBMC-9 exactly as domain.md 2.2', () => {
    const layout = canvasOf(findTemplate('cbmc-9')!);
    expect(layout.grid).toEqual({ cols: 10, rowHeights: [1, 1, 0.6] });
    const cells = layout.blocks.map(({ id, col, colSpan, row, rowSpan }) => [id, col, colSpan, row, rowSpan]);
    expect(cells).toEqual([
      ['partners', 1, 2, 1, 2],
      ['activities', 3, 2, 1, 1],
      ['resources', 3, 2, 2, 1],
      ['value', 5, 2, 1, 2],
      ['relationships', 7, 2, 1, 1],
      ['channels', 7, 2, 2, 1],
      ['customers', 9, 2, 1, 2],
      ['costs', 1, 5, 3, 1],
      ['revenue', 6, 5, 3, 1],
    ]);
  });

  it('puts the five capitals on top of CBMC-12', () => {
    const layout = canvasOf(findTemplate('cbmc-12')!);
    expect(layout.grid).toEqual({ cols: 10, rowHeights: [0.7, 1, 1, 0.6, 0.45] });
    const top = layout.blocks.filter((b) => b.row === 1).map((b) => b.id);
    expect(top).toEqual(['cap_human', 'cap_social', 'cap_natural', 'cap_physical', 'cap_financial']);
    const sharing = layout.blocks.find((b) => b.id === 'sharing');
    expect(sharing).toMatchObject({ col: 1, colSpan: 10, row: 5, rowSpan: 1 });
  });

  it('gives BMC, Lean, Mission and TBMC the CBMC-9 geometry', () => {
    const shape = (id: string) => canvasOf(findTemplate(id)!).blocks.map(({ col, colSpan, row, rowSpan }) => [col, colSpan, row, rowSpan]);
    const cbmc9 = shape('cbmc-9');
    for (const id of ['bmc', 'lean', 'mission', 'tbmc']) expect(shape(id), id).toEqual(cbmc9);
  });

  it('has a KSNB note cell for every letter and row', () => {
    const ids = new Set(canvasOf(findTemplate('ksnb')!).blocks.map((b) => b.id));
    for (const letter of ['k', 's', 'n', 'b']) {
      for (const row of ['have', 'gap', 'how', 'who']) expect(ids.has(`${letter}_${row}`), `${letter}_${row}`).toBe(true);
      expect(ids.has(`${letter}_head`)).toBe(true);
    }
  });

  it('fills the whole KSNB grid', () => {
    const { grid, blocks } = canvasOf(findTemplate('ksnb')!);
    const area = blocks.reduce((sum, b) => sum + b.colSpan * b.rowSpan, 0);
    expect(area).toBe(grid.cols * grid.rowHeights.length);
  });

  it('offers K, S, N and B as the operation plan link', () => {
    const t = findTemplate('operation-plan')!;
    if (!isTableLayout(t.layout)) throw new Error('operation-plan is not a table');
    const ksnb = t.layout.columns.find((c) => c.id === 'ksnb');
    expect(ksnb).toMatchObject({ kind: 'choice', options: ['K', 'S', 'N', 'B'] });
    expect(t.layout.columns.find((c) => c.id === 'budget')?.kind).toBe('baht');
  });

  it('counts household money in baht', () => {
    const t = findTemplate('household-survey')!;
    if (!isTableLayout(t.layout)) throw new Error('household-survey is not a table');
    const kinds = Object.fromEntries(t.layout.columns.map((c) => [c.id, c.kind]));
    expect([kinds.income, kinds.expense, kinds.debt, kinds.savings]).toEqual(['baht', 'baht', 'baht', 'baht']);
  });

  it('builds the library from the built-in templates and process', () => {
    expect(BUILTIN_LIBRARY.templates.map((t) => t.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect(BUILTIN_LIBRARY.process.phases).toHaveLength(2);
  });
});
