import type { Row } from '../../shared/model/Row';
import type { ColumnDef } from '../../shared/model/Template';
import type { SheetMark } from './blankCanvas';
import { drawSheetHeading } from './canvasBlocks';
import type { PdfCtx } from './context';
import { Flow } from './flow';
import type { Orientation } from './pageFrame';
import { otherLang, pick } from '../../shared/i18n';
import { drawLines, lineHeightOf, wrap, type Align, type TextStyle } from './textBlock';
import { clampLines } from '../../shared/text';
import { displayText } from '../../shared/text/cellFormat';
import { tableTotals } from '../../shared/text/tableTotals';
import { translate } from '../../shared/i18n';

export interface TableSpec {
  title: string;
  subtitle: string;
  columns: readonly ColumnDef[];
  /** null prints a blank worksheet: empty rows filling the page. */
  rows: readonly Row[] | null;
  /** Tables print portrait unless the template asks for landscape (many columns). */
  orientation: Orientation;
  mark?: SheetMark;
}

const EDGE = '#4a4a4a';
const HEAD_FILL = '#e6e6e6';
const TOTAL_FILL = '#f2f2f2';
/** Header labels longer than this many lines are cut; the header repeats on every page. */
const MAX_HEAD_LINES = 4;

interface Col {
  def: ColumnDef;
  x: number;
  w: number;
  align: Align;
}

/**
 * A table worksheet (portrait, or landscape when the template says so). The header row repeats at the top of every page; each
 * row is as tall as its fullest cell (Thai wrapped at word boundaries); a row moves whole to the
 * next page when it fits there, and one taller than a page is split between lines, never inside one.
 */
export function drawTableSheet(ctx: PdfCtx, spec: TableSpec): void {
  const flow = new Flow(ctx, spec.orientation);
  if (spec.mark) ctx.bookmark(spec.mark.title, spec.mark.level);
  flow.y += drawSheetHeading(ctx, flow.box, spec.title, spec.subtitle);
  const pad = ctx.pt(4);
  const total = spec.columns.reduce((a, c) => a + c.width, 0);
  // Many narrow columns (an operation plan has 13) get slightly smaller type, so fewer Thai
  // words are too wide for their column and have to be broken between letters.
  const narrow = flow.box.w / total < ctx.pt(50);
  const cell: TextStyle = { size: ctx.pt(narrow ? 9 : 10) };
  const lh = lineHeightOf(cell);
  let cx = flow.box.x;
  const cols: Col[] = spec.columns.map((def) => {
    const w = (flow.box.w * def.width) / total;
    const col = { def, x: cx, w, align: (def.kind === 'number' || def.kind === 'baht' ? 'right' : 'left') as Align };
    cx += w;
    return col;
  });
  const header = layoutHeader(ctx, cols, pad, narrow);
  const drawHeader = (f: Flow) => {
    f.y += header(f.y);
  };
  drawHeader(flow);
  flow.onNewPage = drawHeader;

  if (spec.rows === null || spec.rows.length === 0) {
    const rowH = ctx.pt(26);
    if (spec.rows !== null) {
      drawRowPart(ctx, cols, [[ctx.t('print.rowsEmpty')]], flow.y, lh, pad, { ...cell, color: '#6a6a6a' }, true);
      flow.y += lh + 2 * pad;
    }
    while (flow.remaining() >= rowH) {
      drawRowPart(
        ctx,
        cols,
        cols.map(() => []),
        flow.y,
        rowH - 2 * pad,
        pad,
        cell,
      );
      flow.y += rowH;
    }
    flow.onNewPage = null;
    return;
  }

  const rows = [...spec.rows].sort((a, b) => a.order - b.order);
  /** Lines a row may hold on a page that has only the header on it. */
  const fullPage = Math.floor((flow.box.h - header(null) - 2 * pad + 0.01) / lh);
  for (const row of rows) {
    // Baht, numbers and dates print as they read on screen: ฿1,500, 15 ม.ค. 2569.
    const cellLines = cols.map((c) => cellText(ctx, c, displayText(c.def.kind, (row.cells[c.def.id] ?? '').trim(), ctx.lang), pad, cell));
    const styles = cols.map((c, i) => amountStyle(ctx, c, cellLines[i]!, pad, cell));
    let done = 0;
    const need = Math.max(1, ...cellLines.map((l) => l.length));
    if (need * lh + 2 * pad > flow.remaining() && need <= fullPage) flow.newPage();
    while (done < need) {
      let fit = Math.floor((flow.remaining() - 2 * pad + 0.01) / lh);
      if (fit < Math.min(2, need - done)) {
        flow.newPage();
        fit = Math.floor((flow.remaining() - 2 * pad + 0.01) / lh);
      }
      const take = Math.max(1, Math.min(fit, need - done));
      const part = cellLines.map((l) => l.slice(done, done + take));
      drawRowPart(ctx, cols, part, flow.y, take * lh, pad, styles);
      flow.y += take * lh + 2 * pad;
      done += take;
    }
  }
  drawTotalsRow(ctx, flow, cols, rows, lh, pad, cell);
  flow.onNewPage = null;
}

/**
 * The totals row the screen shows under the table (รวม ฿21,000 …), from the same shared sum, in
 * bold. "รวม" takes the first column when that column is not itself summed, else it leads its value.
 */
function drawTotalsRow(ctx: PdfCtx, flow: Flow, cols: Col[], rows: readonly Row[], lh: number, pad: number, cell: TextStyle): void {
  const totals = tableTotals(
    cols.map((c) => c.def),
    rows,
  );
  if (!totals) return;
  const style: TextStyle = { ...cell, font: 'bold' };
  const word = translate(ctx.lang, 'total');
  const texts = cols.map((c, i) => {
    const total = totals[i];
    const value = total === null || total === undefined ? '' : displayText(c.def.kind, String(total), ctx.lang);
    if (i > 0) return value;
    return value === '' ? word : `${word} ${value}`;
  });
  const lines = cols.map((c, i) => (i === 0 ? wrap(ctx, texts[i]!, c.w - 2 * pad, style) : cellText(ctx, c, texts[i]!, pad, style)));
  const styles = cols.map((c, i) => (i === 0 ? style : amountStyle(ctx, c, lines[i]!, pad, style)));
  const need = Math.max(1, ...lines.map((l) => l.length));
  if (need * lh + 2 * pad > flow.remaining()) flow.newPage();
  ctx.doc.save();
  cols.forEach((c) => ctx.doc.rect(c.x, flow.y, c.w, need * lh + 2 * pad).fill(TOTAL_FILL));
  ctx.doc.restore();
  drawRowPart(ctx, cols, lines, flow.y, need * lh, pad, styles);
  flow.y += need * lh + 2 * pad;
}

/**
 * Lays out the header once; the returned function draws it at y and returns its height
 * (called with null it only returns the height).
 */
function layoutHeader(ctx: PdfCtx, cols: Col[], pad: number, narrow: boolean): (y: number | null) => number {
  const main: TextStyle = { font: 'bold', size: ctx.pt(narrow ? 8.5 : 9.5) };
  const sub: TextStyle = { size: ctx.pt(7), color: '#505050' };
  const cells = cols.map((c) => {
    const m = wrap(ctx, pick(ctx.lang, c.def.label_th, c.def.label_en), c.w - 2 * pad, main);
    const o = otherLang(ctx.lang, c.def.label_th, c.def.label_en);
    const s = o ? wrap(ctx, o, c.w - 2 * pad, sub) : [];
    return {
      main: clampLines(m, MAX_HEAD_LINES, c.w - 2 * pad, ctx.measure('bold', main.size)),
      sub: clampLines(s, 2, c.w - 2 * pad, ctx.measure('regular', sub.size)),
    };
  });
  const inner = Math.max(...cells.map((c) => c.main.length * lineHeightOf(main) + c.sub.length * lineHeightOf(sub)));
  const height = inner + 2 * pad;
  return (y) => {
    if (y === null) return height;
    const { doc } = ctx;
    cols.forEach((c, i) => {
      doc.save().rect(c.x, y, c.w, height).lineWidth(0.7).fillAndStroke(HEAD_FILL, EDGE).restore();
      const cl = cells[i]!;
      const used = drawLines(ctx, cl.main, c.x + pad, y + pad, c.w - 2 * pad, main);
      drawLines(ctx, cl.sub, c.x + pad, y + pad + used, c.w - 2 * pad, sub);
    });
    return height;
  };
}

const isAmount = (c: Col) => c.def.kind === 'baht' || c.def.kind === 'number';

/** A cell's lines: text wraps at Thai word boundaries; an amount stays on one line (฿16,800.50 never splits). */
function cellText(ctx: PdfCtx, c: Col, text: string, pad: number, style: TextStyle): string[] {
  return isAmount(c) ? (text === '' ? [] : [text]) : wrap(ctx, text, c.w - 2 * pad, style);
}

/** An amount wider than its column is set a little smaller until it fits, rather than broken between digits. */
function amountStyle(ctx: PdfCtx, c: Col, lines: string[], pad: number, style: TextStyle): TextStyle {
  const text = lines[0];
  if (!isAmount(c) || text === undefined) return style;
  const width = ctx.measure(style.font ?? 'regular', style.size)(text);
  const room = c.w - 2 * pad;
  // Line height stays that of the row's type, so the shrunk figure sits on the same baseline grid.
  return width <= room
    ? style
    : { ...style, size: (style.size * room) / width, lineHeight: (lineHeightOf(style) * width) / (room * style.size) };
}

/** One row (or the part of a row on this page): bordered cells with their lines. */
function drawRowPart(
  ctx: PdfCtx,
  cols: Col[],
  lines: string[][],
  y: number,
  innerH: number,
  pad: number,
  style: TextStyle | readonly TextStyle[],
  spanAll = false,
): void {
  const styleOf = (i: number): TextStyle => (Array.isArray(style) ? style[i]! : (style as TextStyle));
  const { doc } = ctx;
  const h = innerH + 2 * pad;
  if (spanAll) {
    const x0 = cols[0]!.x;
    const w = cols.reduce((a, c) => a + c.w, 0);
    doc.save().rect(x0, y, w, h).lineWidth(0.5).stroke(EDGE).restore();
    drawLines(ctx, lines[0] ?? [], x0 + pad, y + pad, w - 2 * pad, styleOf(0));
    return;
  }
  cols.forEach((c, i) => {
    doc.save().rect(c.x, y, c.w, h).lineWidth(0.5).stroke(EDGE).restore();
    drawLines(ctx, lines[i] ?? [], c.x + pad, y + pad, c.w - 2 * pad, styleOf(i), c.align);
  });
}
