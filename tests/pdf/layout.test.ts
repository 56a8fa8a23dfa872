import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTE_COLORS } from '../../shared/model/Note';
import type { TraceItem } from '../../electron/pdf/context';
import { cellAt, flowGrid } from '../../shared/geometry/noteGrid';
import { MARGIN } from '../../electron/pdf/pageFrame';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { addBoard, addNote, addRows, emptyDoc, FONTS_DIR, LIBRARY, longNote, PHRASES, sampleDoc } from './fixtures';
import { save } from './pdfTools';

type Box = Pick<TraceItem, 'x' | 'y' | 'w' | 'h'>;
const EPS = 0.01;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;
const inside = (a: Box, b: Box) => a.x >= b.x - EPS && a.y >= b.y - EPS && a.x + a.w <= b.x + b.w + EPS && a.y + a.h <= b.y + b.h + EPS;

/** Nothing leaves the margin box, no two notes overlap, no two text lines overlap, note text stays in its note. */
function checkTrace(trace: TraceItem[]): { pages: number; notes: number; texts: number } {
  const pages = new Map<number, { page?: TraceItem; notes: TraceItem[]; texts: TraceItem[] }>();
  for (const t of trace) {
    const p = pages.get(t.page) ?? { notes: [], texts: [] };
    if (t.kind === 'page') p.page = t;
    else if (t.kind === 'note') p.notes.push(t);
    else if (t.kind === 'text') p.texts.push(t);
    pages.set(t.page, p);
  }
  let notes = 0;
  let texts = 0;
  for (const [i, p] of pages) {
    const page = p.page!;
    expect(page, `page ${i} recorded`).toBeDefined();
    const margin = { x: MARGIN, y: MARGIN, w: page.w - 2 * MARGIN, h: page.h - 2 * MARGIN };
    for (const t of [...p.notes, ...p.texts])
      expect(
        inside(t, margin),
        `page ${i + 1}: ${t.kind} "${t.text ?? ''}" at ${t.x.toFixed(1)},${t.y.toFixed(1)} ${t.w.toFixed(1)}×${t.h.toFixed(1)} leaves the margins`,
      ).toBe(true);
    for (let a = 0; a < p.notes.length; a++)
      for (let b = a + 1; b < p.notes.length; b++)
        expect(overlaps(p.notes[a]!, p.notes[b]!), `page ${i + 1}: notes ${a} and ${b} overlap`).toBe(false);
    for (let a = 0; a < p.texts.length; a++)
      for (let b = a + 1; b < p.texts.length; b++)
        if (overlaps(p.texts[a]!, p.texts[b]!)) expect.fail(`page ${i + 1}: "${p.texts[a]!.text}" overlaps "${p.texts[b]!.text}"`);
    for (const t of p.texts) {
      const home = p.notes.find((n) => t.x >= n.x && t.x < n.x + n.w && t.y >= n.y && t.y < n.y + n.h);
      if (home) expect(inside(t, home), `page ${i + 1}: "${t.text}" spills out of its note`).toBe(true);
    }
    notes += p.notes.length;
    texts += p.texts.length;
  }
  return { pages: pages.size, notes, texts };
}

describe('nothing off the page, nothing on top of something else', () => {
  it('a board of 3000 notes, a 2000-character note, notes in every block and the tray', async () => {
    const doc = emptyDoc();
    const board = addBoard(doc, 'cbmc-9', 'กระดานใหญ่');
    if (board.layout.kind !== 'canvas') throw new Error('canvas');
    const blocks = board.layout.blocks.map((b) => b.id);
    addNote(doc, board, 'value', longNote(), 0);
    for (let i = 0; i < 3000; i++)
      addNote(doc, board, i % 50 === 0 ? null : blocks[i % blocks.length]!, `${PHRASES[i % PHRASES.length]} ${i}`, i);
    const trace: TraceItem[] = [];
    await renderPdf({ kind: 'board', boardId: board.id }, doc, LIBRARY, { fontsDir: FONTS_DIR, trace });
    const r = checkTrace(trace);
    expect(r.pages).toBeGreaterThan(20);
    expect(r.notes).toBeGreaterThan(100);
  });

  it.each(['A4', 'A3'] as const)('the whole pack on %s, Thai and English', async (paper) => {
    for (const lang of ['th', 'en'] as const) {
      const doc = sampleDoc(300);
      const plan = addBoard(doc, 'operation-plan', 'แผนยาว');
      addRows(doc, plan, 30, true);
      const trace: TraceItem[] = [];
      await renderPdf({ kind: 'pack', paper, lang }, doc, LIBRARY, { fontsDir: FONTS_DIR, trace });
      const r = checkTrace(trace);
      expect(r.pages).toBeGreaterThan(11);
    }
  });

  it('every blank template', async () => {
    for (const t of LIBRARY.templates) {
      const trace: TraceItem[] = [];
      await renderPdf({ kind: 'blank', templateId: t.id }, null, LIBRARY, { fontsDir: FONTS_DIR, trace });
      checkTrace(trace);
    }
  });
});

describe('flowGrid', () => {
  const o = { gap: 3, minW: 46, maxW: 118, aspect: 0.64 };
  it('fits few notes large and many notes small, never overlapping or leaving the area', () => {
    for (const [n, w, h] of [
      [1, 300, 200],
      [5, 150, 180],
      [40, 150, 400],
      [400, 150, 180],
      [3, 300, 20],
      [7, 40, 300],
    ] as const) {
      const g = flowGrid(n, w, h, o);
      expect(g.shown + g.more).toBe(n);
      expect(g.shown).toBeLessThanOrEqual(n);
      const cells = Array.from({ length: g.shown + (g.more > 0 && g.cols > 0 ? 1 : 0) }, (_, i) => ({
        ...cellAt(g, i, 0, 0, o.gap),
        w: g.cellW,
        h: g.cellH,
      }));
      for (const c of cells) expect(inside(c, { x: 0, y: 0, w, h }), `${n} in ${w}×${h}`).toBe(true);
      for (let a = 0; a < cells.length; a++) for (let b = a + 1; b < cells.length; b++) expect(overlaps(cells[a]!, cells[b]!)).toBe(false);
      if (g.shown === n) expect(g.cellW).toBeGreaterThanOrEqual(o.minW);
    }
    expect(flowGrid(1, 300, 200, o).cellW).toBe(118);
    expect(flowGrid(400, 150, 180, o).more).toBeGreaterThan(0);
  });
});

describe('note colours', () => {
  it('a printed note is filled with the colour the screen paints it, and every colour keeps its own letter', async () => {
    const { NOTE_COLORS: screen } = await import('../../renderer/canvas/noteStyle');
    const doc = emptyDoc();
    const board = addBoard(doc, 'cbmc-9', 'สีของโน้ต');
    // One empty note of each colour (addNote cycles through them), in a block of its own.
    const blocks = board.layout.kind === 'canvas' ? board.layout.blocks.map((b) => b.id) : [];
    NOTE_COLORS.forEach((c, i) => expect(addNote(doc, board, blocks[i]!, '', i).color).toBe(c));
    const trace: TraceItem[] = [];
    const file = save(
      'note-colours',
      await renderPdf({ kind: 'board', boardId: board.id, paper: 'A4', lang: 'th' }, doc, LIBRARY, { fontsDir: FONTS_DIR, trace }),
    );
    // At 72 dpi a pixel is a point, the unit of the trace: read the colour at the middle of each note box.
    const raster = rasterPage(file, 1, 72);
    const boxes = trace.filter((t) => t.kind === 'note' && t.page === 0);
    expect(boxes).toHaveLength(NOTE_COLORS.length);
    const printed = boxes.map((t) => raster.at(t.x + t.w / 2, t.y + t.h / 2)).sort();
    expect(printed).toEqual(NOTE_COLORS.map((c) => screen[c].fill).sort());
    const marks = NOTE_COLORS.map((c) => screen[c].mark);
    expect(new Set(marks).size).toBe(marks.length);
  });
});

/** A page as poppler rasterises it, and the colour ("#rrggbb") at a point. */
function rasterPage(file: string, page: number, dpi: number): { at(x: number, y: number): string } {
  const base = file.replace(/\.pdf$/, `-p${page}-raster`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-singlefile', '-f', String(page), '-l', String(page), file, base]);
  const ppm = fs.readFileSync(`${base}.ppm`);
  // Binary PPM: "P6", width, height, maxval, then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'))!;
  const width = Number(header[1]);
  const k = dpi / 72;
  return {
    at(x, y) {
      const i = header[0].length + (Math.floor(y * k) * width + Math.floor(x * k)) * 3;
      return '#' + [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('');
    },
  };
}
