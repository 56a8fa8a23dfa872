import { describe, expect, it } from 'vitest';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import {
  parseTemplateSetFile, templateSetFileName, toTemplateSetFile, validateTemplateSet, type TemplateSetContent,
} from '../../shared/templates/templateSetFile';

const builtin: TemplateSetContent = { name: 'ชุดมาตรฐาน', ...structuredClone(BUILTIN_LIBRARY) };
/** A file made from the built-in set, changed by `edit` (which mutates a plain JSON copy). */
function fileWith(edit: (f: Record<string, any>) => void): string {
  const f = JSON.parse(toTemplateSetFile(builtin)) as Record<string, any>;
  edit(f);
  return JSON.stringify(f);
}
const refused = (text: string) => {
  const r = parseTemplateSetFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problem;
};

describe('template set files', () => {
  it('round-trips the built-in set exactly', () => {
    const r = parseTemplateSetFile(toTemplateSetFile(builtin));
    expect(r).toEqual({ ok: true, value: builtin });
  });

  it('refuses what is not JSON, not a set, or from a newer version', () => {
    expect(refused('{not json')).toMatch(/not valid JSON/);
    expect(refused('[1,2]')).toMatch(/template set object/);
    expect(refused(fileWith((f) => (f.format = 'something-else')))).toMatch(/not a CBMC Studio template set/);
    expect(refused(fileWith((f) => delete f.version))).toMatch(/version/);
    expect(refused(fileWith((f) => (f.version = 2)))).toMatch(/version 2, newer than .*\(1\); please update/);
  });

  it('refuses missing fields, naming them', () => {
    expect(refused(fileWith((f) => delete f.process))).toMatch(/missing field "process"/);
    expect(refused(fileWith((f) => delete f.templates[0].name_th))).toMatch(/missing field "templates\.0\.name_th"/);
    expect(refused(fileWith((f) => delete f.templates[3].layout.blocks[2].col))).toMatch(/missing field "templates\.3\.layout\.blocks\.2\.col"/);
    expect(refused(fileWith((f) => (f.name = '  ')))).toMatch(/no name/);
  });

  it('refuses steps that use worksheets the set does not have', () => {
    const problem = refused(fileWith((f) => f.process.phases[0].steps[4].worksheets.push('cbmc-99')));
    expect(problem).toMatch(/step 5 \("s5"\) uses worksheet "cbmc-99", which is not a template in this set/);
    expect(refused(fileWith((f) => (f.templates = f.templates.filter((t: { id: string }) => t.id !== 'swot'))))).toMatch(/"swot"/);
  });

  it('refuses overlapping and off-grid blocks', () => {
    expect(refused(fileWith((f) => (f.templates[0].layout.blocks[1].col = 1)))).toMatch(/template "cbmc-9": blocks "partners" and "activities" overlap/);
    expect(refused(fileWith((f) => (f.templates[0].layout.blocks[0].colSpan = 30)))).toMatch(/lies off the 10×3 grid/);
    expect(refused(fileWith((f) => (f.templates[1].id = 'cbmc-9')))).toMatch(/template id "cbmc-9" is used twice/);
  });

  it('refuses huge texts and huge files', () => {
    expect(refused(fileWith((f) => (f.templates[0].layout.blocks[0].questions_th = ['ก'.repeat(6000)])))).toMatch(/longer than 5000/);
    expect(refused(fileWith((f) => (f.process.phases[0].steps[0].purpose_th = 'ข'.repeat(6000))))).toMatch(/process\.phases\.0\.steps\.0\.purpose_th/);
    expect(refused(' '.repeat(4_000_001))).toMatch(/too large/);
  });

  it('validates content for saving the same way', () => {
    expect(validateTemplateSet(builtin).ok).toBe(true);
    expect(validateTemplateSet({ ...builtin, templates: [] })).toMatchObject({ ok: false, problem: expect.stringMatching(/no templates/) });
  });

  it('names export files safely, keeping Thai', () => {
    expect(templateSetFileName('ชุด พอช./ภาคใต้')).toBe('ชุด พอช. ภาคใต้.cbmc-templates.json');
  });
});
