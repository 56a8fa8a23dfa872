import PDFDocument from 'pdfkit';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfCtx } from '../../electron/pdf/context';
import { fixThaiTextLayer, loadFonts, registerFonts } from '../../electron/pdf/fonts';
import { Flow } from '../../electron/pdf/flow';
import { FONTS_DIR, longNote, PHRASES } from './fixtures';
import { checkWordBreaks, pdfText, save, squash } from './pdfTools';

const TEXTS = [longNote(), PHRASES.join(''), 'ทุกครัวเรือนมีหนี้ลดลงและมีเงินออมเพิ่มขึ้นทุกปีเพื่อธุรกิจการเงินชุมชนของผู้นำ'.repeat(4)];

async function pdf(draw: (doc: PDFKit.PDFDocument) => void, autoFirstPage = true): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, autoFirstPage });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  doc.on('data', (c: Buffer) => chunks.push(c));
  registerFonts(doc, loadFonts(FONTS_DIR));
  draw(doc);
  fixThaiTextLayer(doc);
  doc.end();
  return done;
}

describe('the word-boundary check', () => {
  it('catches Thai cut mid-word by plain pdfkit wrapping', async () => {
    const file = save(
      'wrap-plain',
      await pdf((doc) => {
        doc.fontSize(11);
        for (const t of TEXTS) doc.text(t, { width: 160 });
      }),
    );
    const r = checkWordBreaks(pdfText(file), TEXTS);
    expect(r.judged).toBeGreaterThan(20);
    expect(r.bad.length).toBeGreaterThan(3);
  });

  it('passes the same texts laid out with the shared line layout', async () => {
    const file = save(
      'wrap-shared',
      await pdf((doc) => {
        // A narrow column flowing over pages, as the note list does (Flow splits between lines).
        const flow = new Flow(new PdfCtx(doc, 'A4', 'th'));
        for (const t of TEXTS) flow.paragraph(t, { size: 11 }, { indent: flow.box.w - 160, after: 10 });
      }, false),
    );
    const text = pdfText(file);
    const r = checkWordBreaks(text, TEXTS);
    expect(r.judged).toBeGreaterThan(20);
    expect(r.bad).toEqual([]);
    for (const t of TEXTS) expect(squash(text)).toContain(squash(t));
  });

  it('text layer: SARA AA still copies out after an earlier SARA AM (น้ำ then การ)', async () => {
    const file = save(
      'sara-am',
      await pdf((doc) => {
        doc.fontSize(14).text('น้ำ ผู้นำ', 40, 40, { lineBreak: false });
        doc.text('การเงิน หมู่บ้าน ปุ๋ย ที่ เพื่อ', 40, 80, { lineBreak: false });
      }),
    );
    const text = pdfText(file);
    expect(text).toContain('น้ำ ผู้นำ');
    expect(text).toContain('การเงิน หมู่บ้าน ปุ๋ย ที่ เพื่อ');
    expect(path.basename(file)).toBe('sara-am.pdf');
  });
});
