import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { TraceItem } from '../../electron/pdf/context';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { printableFilter } from '../../electron/pdf/printableText';
import { loadFonts } from '../../electron/pdf/fonts';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { emptyDoc, FONTS_DIR, LIBRARY } from './fixtures';
import { pdfText, save, squash } from './pdfTools';

describe('characters the print font lacks', () => {
  const clean = printableFilter(loadFonts(FONTS_DIR).regular);

  it('are left out instead of printing as boxes; Thai, Latin and digits stay', () => {
    expect(clean('น้ำพริก 🌶️ organic 👩‍🌾 ขายดี 100%')).toBe('น้ำพริก organic ขายดี 100%');
    expect(clean('ผู้นำ ปุ๋ย เพื่อ ที่')).toBe('ผู้นำ ปุ๋ย เพื่อ ที่');
  });

  it('a note with emoji prints every one of its words and no missing-glyph boxes', async () => {
    const input = 'น้ำพริก 🌶️ organic 👩‍🌾 ขายดี 100% ผู้นำ ปุ๋ย 🇹🇭 เพื่อ ที่ ราคา ฿120';
    // What a reader must find: every word that is not a picture character.
    const pictures = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
    const words = input.split(/\s+/).filter((w) => !pictures.test(w));
    expect(words.length).toBeGreaterThan(8);
    const doc = emptyDoc();
    doc.boards.b1 = {
      id: 'b1' as never,
      templateId: 'cbmc-9',
      title: 'ทดสอบ',
      layout: cbmc9.layout,
      order: 1,
      createdAt: '2026-01-01T00:00:00Z',
    };
    doc.notes.n1 = {
      id: 'n1' as never,
      boardId: 'b1' as never,
      blockId: 'value',
      x: 10,
      y: 160,
      w: 170,
      h: 110,
      text: input,
      color: 'yellow',
      z: 1,
    };
    const trace: TraceItem[] = [];
    const file = save(
      'emoji.pdf',
      await renderPdf({ kind: 'board', boardId: 'b1', paper: 'A4', lang: 'th' }, doc, LIBRARY, { fontsDir: FONTS_DIR, trace }),
    );
    const flat = squash(pdfText(file));
    for (const w of words) expect(flat, `"${w}" in the printed text`).toContain(squash(w));
    // A box is the font's glyph 0 (.notdef), which is what a character without a glyph is drawn
    // with. Shape every line that was drawn with the print font: none may use it.
    const font = fontkit.create(fs.readFileSync(path.join(FONTS_DIR, 'Sarabun-Regular.ttf'))) as fontkit.Font;
    const lines = trace.filter((t) => t.kind === 'text').map((t) => t.text ?? '');
    expect(lines.some((l) => l.includes('organic'))).toBe(true);
    expect(lines.filter((l) => font.layout(l).glyphs.some((g) => g.id === 0))).toEqual([]);
    expect(doc.notes.n1!.text).toBe(input); // the stored note is untouched
  });
});
