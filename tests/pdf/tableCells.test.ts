import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { operationPlan } from '../../shared/templates/operationPlan';
import { emptyDoc, FONTS_DIR, LIBRARY } from './fixtures';
import { pdfText, save, squash } from './pdfTools';

describe('filled tables print cells as they read on screen', () => {
  it('baht with ฿ and thousands, dates in the Buddhist era', async () => {
    const doc = emptyDoc();
    doc.boards.t1 = {
      id: 't1' as never,
      templateId: operationPlan.id,
      title: 'แผนปฏิบัติการ',
      layout: operationPlan.layout,
      order: 1,
      createdAt: '2026-01-01T00:00:00Z',
    };
    const layout = operationPlan.layout;
    if (layout.kind !== 'table') throw new Error('operation plan is a table');
    const baht = layout.columns.find((c) => c.kind === 'baht');
    const first = layout.columns[0]!;
    expect(baht).toBeDefined();
    doc.rows.r1 = { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: { [first.id]: 'อบรมทำบัญชีครัวเรือน', [baht!.id]: '7500' } };
    const file = save(
      'table-cells.pdf',
      await renderPdf({ kind: 'board', boardId: 't1', paper: 'A4', lang: 'th' }, doc, LIBRARY, { fontsDir: FONTS_DIR }),
    );
    const text = squash(pdfText(file));
    expect(text).toContain('฿7,500');
    expect(text).not.toMatch(/[^,\d]7500/);
  });
});
