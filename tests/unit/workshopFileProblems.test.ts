import { describe, expect, it } from 'vitest';
import { describeWorkshopFileProblem, describeWorkshopImportRefusal } from '../../shared/i18n/workshopFileProblems';
import { readWorkshopFile } from '../../shared/workshopFile/readWorkshopFile';
import type { WorkshopFileProblem } from '../../shared/workshopFile/workshopFile';

const EVERY_PROBLEM: WorkshopFileProblem[] = [
  { code: 'tooLarge', size: 60 * 1024 * 1024, max: 50 * 1024 * 1024 },
  { code: 'empty' },
  { code: 'truncated', detail: 'Unexpected end of JSON input' },
  { code: 'notJson', detail: 'Unexpected token x' },
  { code: 'notWorkshopFile' },
  { code: 'badFormatVersion' },
  { code: 'newerFormat', version: 3, known: 1 },
  { code: 'badField', field: 'notes' },
  { code: 'newerRecords', kind: 'row', version: 4, known: 1 },
  { code: 'record', kind: 'note', index: 7, id: 'n7', problem: { reason: 'invalid', detail: 'color: Invalid option' } },
  { code: 'record', kind: 'row', index: 2, id: 'r2', problem: { reason: 'missingBoard', boardId: 'b9' } },
  { code: 'record', kind: 'workshop', index: 1, id: 'w1', problem: { reason: 'invalid', detail: 'date: date must be yyyy-mm-dd' } },
  { code: 'duplicateId', kind: 'board', id: 'b1' },
  { code: 'tooManyNotes', boardId: 'b1', count: 20001, max: 20000 },
  { code: 'templateSet', detail: 'the set has no templates' },
];

describe('workshop file refusals, in Thai and in English', () => {
  it('every kind of problem has its own message in both languages, with every value filled in', () => {
    const seen = new Set<string>();
    for (const p of EVERY_PROBLEM) {
      const th = describeWorkshopImportRefusal('th', p);
      const en = describeWorkshopImportRefusal('en', p);
      expect(th).toMatch(/^นำเข้าไฟล์เวิร์กช็อปไม่ได้: .+ ไม่มีข้อมูลใดถูกเปลี่ยน$/);
      expect(en).toMatch(/^Cannot import the workshop file: .+\. Nothing was changed\.$/);
      for (const m of [th, en]) expect(m).not.toMatch(/\{\w+\}/);
      seen.add(describeWorkshopFileProblem('th', p));
    }
    expect(seen.size).toBe(EVERY_PROBLEM.length);
  });

  it('names where the problem is: which record, which board, which size', () => {
    expect(describeWorkshopFileProblem('th', EVERY_PROBLEM[9]!)).toBe(
      'โน้ตลำดับที่ 7 (id "n7") ใช้ไม่ได้: ข้อมูลไม่ครบหรือผิดรูปแบบ (color: Invalid option)',
    );
    expect(describeWorkshopFileProblem('en', EVERY_PROBLEM[10]!)).toBe(
      'table row number 2 (id "r2") cannot be used: it is on board "b9", which is not in the file',
    );
    expect(describeWorkshopFileProblem('th', EVERY_PROBLEM[0]!)).toBe('ไฟล์ใหญ่เกินไป (60.0 MB ต้องไม่เกิน 50 MB)');
  });

  it('an empty file, a file of another kind and a file cut inside a number are told apart', () => {
    expect(readWorkshopFile('  \n', 'now')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(readWorkshopFile('{"format":"cbmc-template-set","version":1}', 'now')).toEqual({
      ok: false,
      problem: { code: 'notWorkshopFile' },
    });
    expect(readWorkshopFile('{"format":"cbmc-workshop","formatVersion":1', 'now')).toMatchObject({
      ok: false,
      problem: { code: 'truncated' },
    });
    expect(readWorkshopFile('{"format":"cbmc-workshop",,}', 'now')).toMatchObject({ ok: false, problem: { code: 'notJson' } });
  });
});
