import type { Board } from '../../shared/model/Board';
import type { Note, NoteColor } from '../../shared/model/Note';
import { NOTE_COLORS } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { SheetMark } from './blankCanvas';
import { drawBlockFrame, drawBlockQuestions, drawSheetHeading, placeBlocks } from './canvasBlocks';
import type { PdfCtx } from './context';
import { colorLabel, NOTE_EDGE, NOTE_STYLE } from './noteColors';
import { cellAt, flowGrid } from '../../shared/geometry/noteGrid';
import { drawChip, drawNoteList, groupNotes } from './noteList';
import { addPage, type Orientation } from './pageFrame';
import { drawLines, drawTextBox, fitLine, lineHeightOf, type TextStyle } from './textBlock';
import { fitFontSize, NOTE_TEXT_MAX, NOTE_TEXT_MIN } from '../../shared/text/fitFontSize';

/** Notes on paper keep the screen's proportions (170 × 110). */
const NOTE_ASPECT = 0.64;

/**
 * A filled canvas: the board's blocks with its notes as coloured boxes (each with a letter mark
 * for its colour), tiled in each block in reading order so none overlaps another; then every
 * note's full text listed per block on the following pages.
 */
export function drawFilledCanvas(
  ctx: PdfCtx,
  board: Board & { layout: CanvasLayout },
  notes: readonly Note[],
  opts: { templateName: string; orientation: Orientation; mark?: SheetMark },
): void {
  const box = addPage(ctx, opts.orientation);
  if (opts.mark) ctx.bookmark(opts.mark.title, opts.mark.level);
  const groups = groupNotes(board.layout, notes);
  const sub = [opts.templateName, ctx.t('notesCount', { n: notes.length })].filter(Boolean).join(' · ');
  const head = drawSheetHeading(ctx, box, board.title, sub);
  const legendStyle: TextStyle = { size: ctx.pt(7.5), color: '#333333' };
  const legendH = lineHeightOf(legendStyle) + ctx.pt(4);
  const area = { x: box.x, y: box.y + head, w: box.w, h: box.h - head - legendH };
  const gap = ctx.pt(3);
  const gridOpts = { gap, minW: ctx.pt(46), maxW: ctx.pt(118), aspect: NOTE_ASPECT };
  for (const b of placeBlocks(board.layout, area)) {
    const free = drawBlockFrame(ctx, b);
    const inBlock = groups.byBlock.get(b.def.id) ?? [];
    if (inBlock.length === 0) {
      drawBlockQuestions(ctx, b.def, free, free.h);
      continue;
    }
    const g = flowGrid(inBlock.length, free.w, free.h, gridOpts);
    for (let i = 0; i < g.shown; i++) {
      const p = cellAt(g, i, free.x, free.y, gap);
      drawNote(ctx, inBlock[i]!, p.x, p.y, g.cellW, g.cellH, board.votes?.counts[inBlock[i]!.id]);
    }
    if (g.more > 0) {
      if (g.cols > 0) {
        const p = cellAt(g, g.shown, free.x, free.y, gap);
        drawMore(ctx, g.more, p.x, p.y, g.cellW, g.cellH);
      } else {
        const s: TextStyle = { font: 'bold', size: ctx.pt(7) };
        if (free.h >= lineHeightOf(s)) drawTextBox(ctx, ctx.t('print.more', { n: g.more }), free, s);
      }
    }
  }
  drawLegend(ctx, notes, groups.tray.length, { x: box.x, y: box.y + box.h - legendH + ctx.pt(4), w: box.w }, legendStyle);
  drawNoteList(ctx, board.title, groups, board.layout, board.votes);
}

/**
 * A note box: fill, edge, colour letter in the top-right corner, its text at the size that fits
 * (fitFontSize, the rule the screen uses, with bounds scaled from the note's size on screen to the
 * box), and its vote count in a red dot when it got votes.
 */
export function drawNote(ctx: PdfCtx, note: Note, x: number, y: number, w: number, h: number, votes?: number): void {
  const { doc } = ctx;
  const st = NOTE_STYLE[note.color] ?? NOTE_STYLE.yellow;
  const radius = Math.min(4, w * 0.06);
  doc.save();
  doc.roundedRect(x, y, w, h, radius).lineWidth(0.6).fillAndStroke(st.fill, NOTE_EDGE);
  doc.restore();
  ctx.record({ kind: 'note', x, y, w, h });
  const markR = Math.max(2.6, Math.min(4.5, w * 0.045));
  drawMark(ctx, st.mark, x + w - markR - 1.8, y + markR + 1.8, markR);
  const pad = Math.max(2, Math.min(5, w * 0.04));
  const textBox = { x: x + pad, y: y + pad, w: w - 2 * pad - 2 * markR - 1, h: h - 2 * pad };
  const text = note.text.trim();
  if (text !== '') {
    const k = w / note.w;
    const min = Math.max(ctx.pt(5), NOTE_TEXT_MIN * k);
    const m1 = ctx.measure('regular', 1);
    const fitted = fitFontSize(text, textBox.w, textBox.h, m1, { min, max: Math.max(min, NOTE_TEXT_MAX * k) });
    drawLines(
      ctx,
      fitted.lines.map((l) => l.replace(/\s+$/u, '')),
      textBox.x,
      textBox.y,
      textBox.w,
      { size: fitted.size },
    );
  }
  if (votes) drawVoteDot(ctx, votes, x + w - markR * 2 - 1.8, y + h - markR * 2 - 1.8, Math.max(markR * 1.6, Math.min(9, w * 0.08)));
}

/** A red disc with the vote count, like the dot on screen. */
function drawVoteDot(ctx: PdfCtx, count: number, cx: number, cy: number, r: number): void {
  const { doc } = ctx;
  doc.save();
  doc.circle(cx, cy, r).lineWidth(0.8).fillAndStroke('#d32f2f', '#ffffff');
  doc.restore();
  const label = String(count);
  const size = r * (label.length > 2 ? 0.8 : 1.1);
  const lw = ctx.measure('bold', size)(label);
  drawLines(ctx, [label], cx - lw / 2, cy - size * 0.72, lw, { font: 'bold', size, color: '#ffffff' });
}

/** A small circled letter naming a colour, so black-and-white prints still tell notes apart. */
export function drawMark(ctx: PdfCtx, letter: string, cx: number, cy: number, r: number): void {
  const { doc } = ctx;
  doc.save();
  doc.circle(cx, cy, r).lineWidth(0.5).fillAndStroke('#ffffff', '#333333');
  doc.restore();
  const size = r * 1.3;
  const w = ctx.measure('bold', size)(letter);
  // Sarabun puts the baseline 1.068 em below the top; centre the capital on the circle.
  drawLines(ctx, [letter], cx - w / 2, cy - size * 0.72, w, { font: 'bold', size, color: '#111111' });
}

function drawMore(ctx: PdfCtx, more: number, x: number, y: number, w: number, h: number): void {
  const { doc } = ctx;
  doc.save();
  doc.roundedRect(x, y, w, h, 3).lineWidth(0.6).dash(2, { space: 1.5 }).stroke('#444444').undash();
  doc.restore();
  ctx.record({ kind: 'note', x, y, w, h });
  const size = Math.max(ctx.pt(5.5), Math.min(ctx.pt(8.5), w * 0.07));
  const pad = 3;
  drawTextBox(
    ctx,
    ctx.t('print.more', { n: more }),
    { x: x + pad, y: y + pad, w: w - 2 * pad, h: h - 2 * pad },
    { font: 'bold', size },
    { align: 'center' },
  );
}

/** Which letter means which colour (only colours in use), and how many notes wait in the tray. */
function drawLegend(
  ctx: PdfCtx,
  notes: readonly Note[],
  trayCount: number,
  at: { x: number; y: number; w: number },
  style: TextStyle,
): void {
  const used = new Set<NoteColor>(notes.map((n) => n.color));
  const measure = ctx.measure('regular', style.size);
  const chipH = style.size * 1.1;
  let x = at.x;
  const colors = NOTE_COLORS.filter((c) => used.has(c));
  if (colors.length > 0) {
    const lead = ctx.t('print.legend');
    drawLines(ctx, [lead], x, at.y, measure(lead), style);
    x += measure(lead) + 5;
  }
  for (const c of colors) {
    const name = ctx.t(colorLabel(c));
    const need = chipH * 1.5 + 3 + measure(name) + 10;
    if (x + need > at.x + at.w * 0.6) break;
    x += drawChip(ctx, c, x, at.y + style.size * 0.8 - chipH / 2, chipH) + 3;
    drawLines(ctx, [name], x, at.y, measure(name), style);
    x += measure(name) + 10;
  }
  if (trayCount > 0) {
    const text = fitLine(ctx, ctx.t('print.unplacedCount', { n: trayCount }), at.x + at.w - x - 6, style);
    drawLines(ctx, [text], at.x, at.y, at.w, style, 'right');
  }
}
