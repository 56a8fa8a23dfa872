import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { addBoard, addNote, emptyDoc, FONTS_DIR, LIBRARY } from './fixtures';
import { renderPng, save } from './pdfTools';

/** pdftotext exactly as a reader's copy or search sees it: no folding of ํ + า back into ำ. */
const rawText = (file: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

const bboxes = (file: string) => execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });

const MIXED = 'กลุ่มทำปุ๋ยหมักขายผ่าน Facebook และ LINE OA ได้กำไร 12,500 บาท น้ำใช้จากบ่อของชุมชน';

describe('text copied or searched in a PDF is the text that was typed', () => {
  it('น้ำ, ทำ, กำไร and a long mixed Thai/English note come out of pdftotext exactly', async () => {
    const doc = emptyDoc();
    const board = addBoard(doc, 'cbmc-9', 'กระดานทดสอบ');
    ['น้ำ', 'ทำ', 'กำไร'].forEach((w, i) => addNote(doc, board, 'value', w, i));
    addNote(doc, board, null, MIXED, 0);
    const file = save(
      'actual-text',
      await renderPdf({ kind: 'board', boardId: board.id, paper: 'A4', lang: 'th' }, doc, LIBRARY, { fontsDir: FONTS_DIR }),
    );
    const text = rawText(file);
    // The decomposed form would mean a search for "น้ำ" finds nothing.
    expect(text).not.toContain('\u0e4d\u0e32');
    const lines = text.split('\n').map((l) => l.trim());
    for (const w of ['น้ำ', 'ทำ', 'กำไร']) expect(lines).toContain(w);
    // The long note wraps over lines; joined back, its words are all there as typed.
    expect(text.replace(/\s+/g, '')).toContain(MIXED.replace(/\s+/g, ''));
    // Each marked line keeps its place on the page (readers highlight a search hit there and keep
    // reading order): a real box, and a different one for each note.
    const boxes = ['น้ำ', 'ทำ', 'กำไร'].map((w) => {
      const m = new RegExp(`<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${w}</word>`).exec(bboxes(file));
      expect(m, w).not.toBeNull();
      const [x0, y0, x1, y1] = m!.slice(1).map(Number) as [number, number, number, number];
      expect(x1 - x0).toBeGreaterThan(5);
      expect(y1 - y0).toBeGreaterThan(5);
      return `${Math.round(x0)},${Math.round(y0)}`;
    });
    expect(new Set(boxes).size).toBe(3);
    renderPng(file, 1, 80);
  });
});
