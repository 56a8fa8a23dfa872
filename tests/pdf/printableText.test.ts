import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { printableFilter } from '../../electron/pdf/printableText';
import { loadFonts } from '../../electron/pdf/fonts';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { emptyDoc, FONTS_DIR, LIBRARY } from './fixtures';
import { pdfText, save } from './pdfTools';

describe('characters the print font lacks', () => {
  const clean = printableFilter(loadFonts(FONTS_DIR).regular);

  it('are left out instead of printing as boxes; Thai, Latin and digits stay', () => {
    expect(clean('น้ำพริก 🌶️ organic 👩‍🌾 ขายดี 100%')).toBe('น้ำพริก organic ขายดี 100%');
    expect(clean('ผู้นำ ปุ๋ย เพื่อ ที่')).toBe('ผู้นำ ปุ๋ย เพื่อ ที่');
  });

  it('a note with emoji prints its words and no missing-glyph boxes', async () => {
    const doc = emptyDoc();
    doc.boards.b1 = { id: 'b1' as never, templateId: 'cbmc-9', title: 'ทดสอบ', layout: cbmc9.layout, order: 1, createdAt: '2026-01-01T00:00:00Z' };
    doc.notes.n1 = { id: 'n1' as never, boardId: 'b1' as never, blockId: 'value', x: 10, y: 160, w: 170, h: 110, text: 'น้ำพริก 🌶️ organic 👩‍🌾 ขายดี', color: 'yellow', z: 1 };
    const file = save('emoji.pdf', await renderPdf({ kind: 'board', boardId: 'b1', paper: 'A4', lang: 'th' }, doc, LIBRARY, { fontsDir: FONTS_DIR }));
    const text = pdfText(file);
    expect(text).toContain('organic');
    expect(doc.notes.n1!.text).toContain('🌶️'); // the stored note is untouched
  });
});
