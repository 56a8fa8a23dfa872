import { describe, expect, it } from 'vitest';
import { say, type Message } from '../../shared/i18n';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import {
  parseTemplateSetFile,
  templateSetFileName,
  toTemplateSetFile,
  validateTemplateSet,
  type TemplateSetContent,
} from '../../shared/templates/templateSetFile';

const builtin: TemplateSetContent = { name: 'ชุดมาตรฐาน', ...structuredClone(BUILTIN_LIBRARY) };
/** A file made from the built-in set, changed by `edit` (which mutates a plain JSON copy). */
function fileWith(edit: (f: Record<string, any>) => void): string {
  const f = JSON.parse(toTemplateSetFile(builtin)) as Record<string, any>;
  edit(f);
  return JSON.stringify(f);
}
/** Why the file is refused: the English words (for logs) and what a Thai user reads. */
const refusal = (text: string) => {
  const r = parseTemplateSetFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return { en: r.problem, th: say('th', r.message) };
};
const refused = (text: string) => refusal(text).en;

describe('template set files', () => {
  it('round-trips the built-in set exactly', () => {
    const r = parseTemplateSetFile(toTemplateSetFile(builtin));
    expect(r).toEqual({ ok: true, value: builtin });
  });

  it("refuses what is not JSON, not a set, or from a newer version, saying what to do and not the parser's words", () => {
    const notJson = refusal('hello, this is not a set');
    expect(notJson.th).toBe('ไฟล์นี้ไม่ใช่ไฟล์ชุดแม่แบบ (อ่านข้อมูลในไฟล์ไม่ได้) กรุณาเลือกไฟล์ .cbmc-templates.json ที่ส่งออกจาก CBMC Studio');
    expect(notJson.en).toMatch(/not a template set .*Choose a \.cbmc-templates\.json file/);
    expect(notJson.en).not.toMatch(/Unexpected token|JSON\.parse/);
    expect(refusal('[1,2]').th).toMatch(/ไม่ใช่ชุดแม่แบบของ CBMC Studio/);
    expect(refused(fileWith((f) => (f.format = 'something-else')))).toMatch(/not a CBMC Studio template set/);
    expect(refusal(fileWith((f) => delete f.version)).th).toMatch(/ไม่มีเลขรุ่น/);
    const newer = refusal(fileWith((f) => (f.version = 2)));
    expect(newer.en).toMatch(/format version 2; this app knows up to 1\)\. Please update the app/);
    expect(newer.th).toMatch(/รุ่นที่ใหม่กว่า \(รูปแบบไฟล์รุ่น 2 .*กรุณาอัปเดตโปรแกรม/);
  });

  it('refuses missing fields, naming them in words', () => {
    expect(refusal(fileWith((f) => delete f.process))).toEqual({ en: 'Missing: the steps of the process', th: 'ไม่มีขั้นตอนของกระบวนการ' });
    expect(refusal(fileWith((f) => delete f.templates[0].name_th))).toEqual({
      en: 'Missing: template 1 › Thai name',
      th: 'ไม่มีแม่แบบที่ 1 › ชื่อ (ไทย)',
    });
    expect(refusal(fileWith((f) => delete f.templates[3].layout.blocks[2].col)).th).toBe('ไม่มีแม่แบบที่ 4 › ผังกระดาน › ช่องที่ 3 › คอลัมน์ที่');
    expect(refusal(fileWith((f) => (f.name = '  '))).th).toBe('กรุณากรอกชื่อชุดแม่แบบ');
    const wrong = refusal(fileWith((f) => (f.templates[0].layout.blocks[0].row = 'สอง')));
    expect(wrong.th).toBe('แม่แบบที่ 1 › ผังกระดาน › ช่องที่ 1 › แถวที่ผิดรูปแบบ ควรเป็นตัวเลข');
  });

  it('refuses steps that use worksheets the set does not have', () => {
    const problem = refused(fileWith((f) => f.process.phases[0].steps[4].worksheets.push('cbmc-99')));
    expect(problem).toMatch(/step 5 \("s5"\) uses worksheet "cbmc-99", which is not a template in this set/);
    expect(refused(fileWith((f) => (f.templates = f.templates.filter((t: { id: string }) => t.id !== 'swot'))))).toMatch(/"swot"/);
  });

  it('refuses overlapping and off-grid blocks', () => {
    expect(refused(fileWith((f) => (f.templates[0].layout.blocks[1].col = 1)))).toMatch(
      /template "cbmc-9": blocks "partners" and "activities" overlap/,
    );
    expect(refused(fileWith((f) => (f.templates[0].layout.blocks[0].colSpan = 30)))).toMatch(/lies off the 10×3 grid/);
    expect(refused(fileWith((f) => (f.templates[1].id = 'cbmc-9')))).toMatch(/template id "cbmc-9" is used twice/);
  });

  it('refuses huge texts and huge files', () => {
    expect(refused(fileWith((f) => (f.templates[0].layout.blocks[0].questions_th = ['ก'.repeat(6000)])))).toMatch(
      /longer than 5000 characters; please shorten it/,
    );
    expect(refusal(fileWith((f) => (f.process.phases[0].steps[0].purpose_th = 'ข'.repeat(6000)))).th).toBe(
      'ขั้นตอนของกระบวนการ › กระบวนการที่ 1 › ขั้นตอนที่ 1 › เป้าหมาย (ไทย)ยาวเกิน 5000 ตัวอักษร กรุณาตัดให้สั้นลง',
    );
    expect(refused(' '.repeat(4_000_001))).toMatch(/too large/);
  });

  it('validates content for saving the same way', () => {
    expect(validateTemplateSet(builtin).ok).toBe(true);
    expect(validateTemplateSet({ ...builtin, templates: [] })).toMatchObject({ ok: false, problem: 'templates: at least 1 needed' });
    expect(say('th', (validateTemplateSet({ ...builtin, templates: [] }) as { message: Message }).message)).toBe(
      'แม่แบบต้องมีอย่างน้อย 1 รายการ',
    );
  });

  it('names export files safely, keeping Thai', () => {
    expect(templateSetFileName('ชุด พอช./ภาคใต้')).toBe('ชุด พอช. ภาคใต้.cbmc-templates.json');
  });
});
