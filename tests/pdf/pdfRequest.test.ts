import { describe, expect, it } from 'vitest';
import { pdfFileName, pdfRequestSchema, safeFileStem } from '../../shared/contract/pdfRequest';
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
    expect(pdfFileName({ kind: 'step', stepId: 's3', filled: true }, doc, LIBRARY)).toBe('ตลาดนัดสีเขียวบ้านหนองน้ำใส - ขั้นตอนที่ 3 - 2569-01-15.pdf');
    expect(pdfFileName({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY)).toBe('แบบฟอร์มเปล่า - แผนธุรกิจเพื่อชุมชน (CBMC 9 ช่อง).pdf');
    expect(pdfFileName({ kind: 'blank', templateId: 'cbmc-9', lang: 'en' }, null, LIBRARY)).toBe('Blank - Community Business Model Canvas (CBMC-9).pdf');
  });
  it('drops characters file systems refuse and keeps names short, cutting between whole letters', () => {
    expect(safeFileStem('a/b\\c:d*e?f"g<h>i|j\u0000k')).toBe('a b c d e f g h i j k');
    expect(safeFileStem('  ..hidden. ')).toBe('hidden');
    expect(safeFileStem('CON')).toBe('_CON');
    const long = safeFileStem('ผู้นำ'.repeat(100));
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith('ผู้นำ') || /[\u0e00-\u0e2e]$/.test(long)).toBe(true);
    expect(pdfFileName({ kind: 'pack' }, { ...doc, workshop: { ...doc.workshop, name: '///' } })).toBe('เอกสารเวิร์กช็อป - 2569-01-15.pdf');
  });
});
