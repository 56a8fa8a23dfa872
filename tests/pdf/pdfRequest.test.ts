import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../../electron/pdf/writeAtomically';
import { describe, expect, it } from 'vitest';
import { pdfFileName, pdfRequestSchema } from '../../shared/contract/pdfRequest';
import { LIBRARY, sampleDoc } from './fixtures';

describe('pdfRequestSchema', () => {
  it('fills paper A4 and lang th, and refuses unknown kinds, papers and extra keys', () => {
    expect(pdfRequestSchema.parse({ kind: 'pack' })).toEqual({ kind: 'pack', paper: 'A4', lang: 'th' });
    expect(pdfRequestSchema.parse({ kind: 'step', stepId: 's1', filled: false, paper: 'A3', lang: 'en' })).toEqual({
      kind: 'step',
      stepId: 's1',
      filled: false,
      paper: 'A3',
      lang: 'en',
    });
    expect(pdfRequestSchema.safeParse({ kind: 'poster' }).success).toBe(false);
    expect(pdfRequestSchema.safeParse({ kind: 'pack', paper: 'Letter' }).success).toBe(false);
    expect(pdfRequestSchema.safeParse({ kind: 'blank' }).success).toBe(false);
    expect(pdfRequestSchema.safeParse({ kind: 'board', boardId: '../etc' }).success).toBe(false);
    expect(pdfRequestSchema.safeParse({ kind: 'step', stepId: 's1' }).success).toBe(false);
    expect(pdfRequestSchema.safeParse({ kind: 'pack', extra: 1 }).success).toBe(false);
  });
});

describe('pdfFileName', () => {
  const doc = sampleDoc(5);
  const board = Object.values(doc.boards)[0]!;
  it('names files in Thai with the Buddhist-era date', () => {
    expect(pdfFileName({ kind: 'pack' }, doc)).toBe('ตลาดนัดสีเขียวบ้านหนองน้ำใส - เอกสารเวิร์กช็อป - 2569-01-15.pdf');
    expect(pdfFileName({ kind: 'board', boardId: board.id }, doc)).toBe(`ตลาดนัดสีเขียวบ้านหนองน้ำใส - ${board.title} - 2569-01-15.pdf`);
    expect(pdfFileName({ kind: 'step', stepId: 's3', filled: true }, doc, LIBRARY)).toBe(
      'ตลาดนัดสีเขียวบ้านหนองน้ำใส - ขั้นตอนที่ 3 - 2569-01-15.pdf',
    );
    expect(pdfFileName({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY)).toBe('ใบงานเปล่า - แผนธุรกิจเพื่อชุมชน (CBMC 9 ช่อง).pdf');
    expect(pdfFileName({ kind: 'blank', templateId: 'cbmc-9', lang: 'en' }, null, LIBRARY)).toBe(
      'Blank worksheet - Community Business Model Canvas (CBMC-9).pdf',
    );
  });
  it('leaves out a name with nothing usable in it', () => {
    expect(pdfFileName({ kind: 'pack' }, { ...doc, workshop: { ...doc.workshop, name: '///' } })).toBe('เอกสารเวิร์กช็อป - 2569-01-15.pdf');
  });
  it('keeps every name within 255 UTF-8 bytes, and the file can really be written', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbmc-pdf-names-'));
    const longName = 'วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรผู้ผลิตน้ำพริกแกงและผลิตภัณฑ์แปรรูปจากผักปลอดสารพิษ'.repeat(3).slice(0, 200);
    const longDoc = { ...doc, workshop: { ...doc.workshop, name: longName }, boards: { [board.id]: { ...board, title: 'ก่'.repeat(100) } } };
    const names = [
      pdfFileName({ kind: 'pack' }, longDoc),
      pdfFileName({ kind: 'board', boardId: board.id }, longDoc),
      ...LIBRARY.templates.flatMap((t) => [
        pdfFileName({ kind: 'blank', templateId: t.id }, longDoc, LIBRARY),
        pdfFileName({ kind: 'blank', templateId: t.id, lang: 'en' }, longDoc, LIBRARY),
      ]),
    ];
    for (const name of names) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      expect(name).toMatch(/\.pdf$/);
      await writeFileAtomically(path.join(dir, name), new Uint8Array([37, 80, 68, 70]));
      expect(fs.readdirSync(dir)).toContain(name);
    }
    expect(names[0]).toMatch(/^วิสาหกิจชุมชน.* - เอกสารเวิร์กช็อป - 2569-01-15\.pdf$/);
  });
});
