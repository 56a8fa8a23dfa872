import { describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { allSteps } from '../../shared/process/Process';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { addBoard, addNote, addRows, emptyDoc, FONTS_DIR, LIBRARY, longNote, MARK_WORDS, PHRASES, sampleDoc } from './fixtures';
import {
  expectPageSizes,
  expectSarabunEmbedded,
  outlineTitles,
  pdfText,
  renderPng,
  save,
  SIZES,
  squash,
  checkWordBreaks,
} from './pdfTools';

const opts = { fontsDir: FONTS_DIR, now: new Date('2026-01-20T09:00:00Z') };
const noteTexts = (doc: WorkshopDoc, boardId?: string) =>
  Object.values(doc.notes)
    .filter((n) => !boardId || n.boardId === boardId)
    .map((n) => n.text);

/** The text layer without running headers/footers and "(continued)" headings, whitespace removed. */
function bodyText(file: string, extra: string[] = []): string {
  return squash(
    pdfText(file)
      .split('\n')
      .filter((l) => !/หน้า \d+ \/ \d+|พิมพ์เมื่อ|\(ต่อ\)/.test(l) && !extra.some((e) => l.includes(e)))
      .join('\n'),
  );
}

describe('blank worksheets', () => {
  it.each([
    ['cbmc-9', 'A4', SIZES.A4L],
    ['ksnb', 'A4', SIZES.A4L],
    ['cbmc-9', 'A3', SIZES.A3L],
  ] as const)('%s on %s: landscape canvas, titles and questions, Sarabun embedded', async (templateId, paper, size) => {
    const buf = await renderPdf({ kind: 'blank', templateId, paper }, null, LIBRARY, opts);
    const file = save(`blank-${templateId}-${paper}`, buf);
    const info = expectPageSizes(file, [size, paper === 'A4' ? SIZES.A4 : SIZES.A3]);
    expect(info.sizes[0]).toEqual(size);
    expectSarabunEmbedded(file);
    const t = LIBRARY.templates.find((x) => x.id === templateId)!;
    const text = squash(pdfText(file));
    if (t.layout.kind !== 'canvas') throw new Error('canvas expected');
    for (const b of t.layout.blocks) {
      expect(text).toContain(squash(b.label_th));
      // Every question is printed in full somewhere: on the canvas or on the questions page.
      for (const q of b.questions_th) expect(text).toContain(squash(q));
    }
    const sources = t.layout.blocks.flatMap((b) => b.questions_th);
    const breaks = checkWordBreaks(pdfText(file), sources);
    expect(breaks.bad).toEqual([]);
    expect(breaks.judged).toBeGreaterThan(0);
    renderPng(file, 1);
  });

  it('operation-plan: a table with its header, in the template orientation', async () => {
    const buf = await renderPdf({ kind: 'blank', templateId: 'operation-plan' }, null, LIBRARY, opts);
    const file = save('blank-operation-plan', buf);
    const t = LIBRARY.templates.find((x) => x.id === 'operation-plan')!;
    const info = expectPageSizes(file, [t.orientation === 'portrait' ? SIZES.A4 : SIZES.A4L]);
    expect(info.pages).toBe(1);
    expectSarabunEmbedded(file);
    const text = squash(pdfText(file));
    if (t.layout.kind !== 'table') throw new Error('table expected');
    for (const c of t.layout.columns) expect(text).toContain(squash(c.label_th).slice(0, 3));
    renderPng(file, 1);
  });

  it('every built-in template prints blank without error', async () => {
    for (const t of LIBRARY.templates) {
      const buf = await renderPdf({ kind: 'blank', templateId: t.id }, null, LIBRARY, opts);
      expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});

describe('filled board', () => {
  it('canvas then note list: Thai marks, a 2000-character note, every text, no word cut', async () => {
    const doc = sampleDoc(120);
    const board = Object.values(doc.boards).find((b) => b.templateId === 'cbmc-9')!;
    const buf = await renderPdf({ kind: 'board', boardId: board.id }, doc, LIBRARY, opts);
    const file = save('board-cbmc9', buf);
    const info = expectPageSizes(file, [SIZES.A4L, SIZES.A4]);
    expect(info.sizes[0]).toEqual(SIZES.A4L);
    expect(info.sizes[1]).toEqual(SIZES.A4);
    expectSarabunEmbedded(file);
    const texts = noteTexts(doc, board.id);
    expect(texts).toContain(longNote());
    const body = bodyText(file, [doc.workshop.name]);
    for (const w of MARK_WORDS) expect(body).toContain(squash(w));
    for (const t of texts) expect(body).toContain(squash(t));
    const breaks = checkWordBreaks(pdfText(file), texts);
    expect(breaks.bad).toEqual([]);
    // The 2000-character note alone wraps over dozens of lines without spaces.
    expect(breaks.judged).toBeGreaterThan(40);
    renderPng(file, 1);
    renderPng(file, 2);
  });

  it('3000 notes on one board: canvas shows "+N more", the list holds them all', async () => {
    const doc = emptyDoc();
    const board = addBoard(doc, 'cbmc-9', 'กระดานใหญ่');
    for (let i = 0; i < 3000; i++) addNote(doc, board, i % 7 === 0 ? 'value' : 'customers', `${PHRASES[i % PHRASES.length]} #${i}`, i);
    const t0 = performance.now();
    const buf = await renderPdf({ kind: 'board', boardId: board.id }, doc, LIBRARY, opts);
    const ms = performance.now() - t0;
    const file = save('board-3000', buf);
    const info = expectPageSizes(file, [SIZES.A4L, SIZES.A4]);
    expect(info.pages).toBeGreaterThan(20);
    const first = squash(pdfText(file, 1, 1));
    expect(first).toMatch(/\+\d+ใบ/);
    const body = bodyText(file, [doc.workshop.name]);
    for (let i = 0; i < 3000; i += 97) expect(body).toContain(squash(`${PHRASES[i % PHRASES.length]} #${i}`));
    expect(ms).toBeLessThan(20_000);
  });
});

describe('filled table', () => {
  it('runs over several pages and repeats its header row on each', async () => {
    const doc = emptyDoc();
    const board = addBoard(doc, 'operation-plan', 'แผนปฏิบัติการ 2569');
    const rows = addRows(doc, board, 40, true);
    // One cell of the maximum length (5000 characters): its row is taller than a page.
    const layout0 = board.layout;
    if (layout0.kind !== 'table') throw new Error('table expected');
    const huge = longNote().repeat(3).slice(0, 5000);
    rows[5]!.cells[layout0.columns[0]!.id] = huge;
    const buf = await renderPdf({ kind: 'board', boardId: board.id }, doc, LIBRARY, opts);
    const file = save('table-40', buf);
    const info = expectPageSizes(file, [SIZES.A4, SIZES.A4L]);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expectSarabunEmbedded(file);
    const layout = board.layout;
    if (layout.kind !== 'table') throw new Error('table expected');
    const head = squash(layout.columns[0]!.label_th);
    for (let p = 1; p <= info.pages; p++) expect(squash(pdfText(file, p, p))).toContain(head);
    const body = squash(pdfText(file));
    expect(body).toContain(squash(rows[39]!.cells[layout.columns[0]!.id]!).slice(0, 20));
    // The tall row is split between pages only between lines: its text comes back whole, in order.
    const withoutRepeatedHeaders = squash(
      pdfText(file)
        .split('\n')
        .filter((l) => !/หน้า \d+ \/ \d+|พิมพ์เมื่อ/.test(l))
        .join('\n'),
    );
    const pieces = squash(huge).match(/.{1,200}/gu)!;
    for (const p of pieces) expect(withoutRepeatedHeaders.includes(p) || body.includes(p.slice(0, 40))).toBe(true);
    renderPng(file, 2);
  });
});

describe('step packet and workshop pack', () => {
  it('step packet: purpose, questions, outputs, then its worksheets (filled and blank)', async () => {
    const doc = sampleDoc(60);
    const step = allSteps(LIBRARY.process).find((s) => s.id === 's5')!;
    for (const filled of [true, false]) {
      const buf = await renderPdf({ kind: 'step', stepId: 's5', filled }, doc, LIBRARY, opts);
      const file = save(`step5-${filled ? 'filled' : 'blank'}`, buf);
      const info = expectPageSizes(file, [SIZES.A4, SIZES.A4L]);
      expect(info.pages).toBeGreaterThan(step.worksheets.length);
      expectSarabunEmbedded(file);
      const text = squash(pdfText(file));
      expect(text).toContain(squash(step.name_th));
      for (const o of step.outputs) expect(text).toContain(squash(o.label_th));
      for (const q of step.questions_th) expect(text).toContain(squash(q));
      const mark = squash(MARK_WORDS[4]!);
      if (filled) expect(text).toContain(mark);
      renderPng(file, 1);
    }
  });

  it('whole pack: cover, contents with page numbers, every step in order, bookmarks', async () => {
    const doc = sampleDoc(150);
    const buf = await renderPdf({ kind: 'pack' }, doc, LIBRARY, opts);
    const file = save('pack', buf);
    const info = expectPageSizes(file, [SIZES.A4, SIZES.A4L]);
    expect(info.pages).toBeGreaterThan(11);
    expectSarabunEmbedded(file);
    const cover = squash(pdfText(file, 1, 1));
    expect(cover).toContain(squash(doc.workshop.name));
    expect(cover).toContain(squash(doc.workshop.group));
    expect(cover).toContain(squash('15 มกราคม 2569'));
    expect(cover).toContain(squash(doc.workshop.facilitator));
    expect(cover).toContain(squash('อ.เมืองเพชรบูรณ์'));
    const steps = allSteps(LIBRARY.process);
    const toc = pdfText(file, 2, 3);
    let last = 0;
    for (const s of steps) {
      const line = toc.split('\n').find((l) => squash(l).includes(squash(s.name_th)));
      expect(line, `contents line for step ${s.number}`).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)![1]);
      expect(page).toBeGreaterThan(last);
      last = page;
      // The page the contents names starts that step.
      expect(squash(pdfText(file, page, page))).toContain(squash(s.name_th));
    }
    const titles = outlineTitles(buf);
    for (const s of steps) expect(titles.some((t) => t.includes(s.name_th))).toBe(true);
    for (const ph of LIBRARY.process.phases) expect(titles).toContain(ph.name_th);
    expect(squash(pdfText(file, 3, 3))).toMatch(/หน้า3\/\d+/);
    renderPng(file, 1);
    renderPng(file, 2);
  });

  it('an empty workshop still gives a full pack of blank worksheets', async () => {
    const buf = await renderPdf({ kind: 'pack' }, emptyDoc(), LIBRARY, opts);
    const file = save('pack-empty', buf);
    const info = expectPageSizes(file, [SIZES.A4, SIZES.A4L]);
    expect(info.pages).toBeGreaterThan(11);
    expectSarabunEmbedded(file);
  });

  it('English pack on A3 uses A3 pages and English labels', async () => {
    const doc = sampleDoc(40);
    const buf = await renderPdf({ kind: 'pack', paper: 'A3', lang: 'en' }, doc, LIBRARY, opts);
    const file = save('pack-en-a3', buf);
    expectPageSizes(file, [SIZES.A3, SIZES.A3L]);
    const text = pdfText(file, 1, 3);
    expect(text).toContain('Contents');
    expect(text).toContain('2569 BE');
  });
});
