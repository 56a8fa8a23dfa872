import type { Paper } from '../../shared/contract/pdfRequest';
import type { PdfCtx } from './context';
import { drawLines, fitLine } from './textBlock';

export const MM = 72 / 25.4;
/** 12 mm on every side: inside the unprintable edge of common office laser and inkjet printers. */
export const MARGIN = 12 * MM;
/** Portrait width × height in points, as pdfkit and every PDF viewer define them. */
export const PAPER_SIZE: Record<Paper, { w: number; h: number }> = {
  A4: { w: 595.28, h: 841.89 },
  A3: { w: 841.89, h: 1190.55 },
};
export type Orientation = 'portrait' | 'landscape';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const HEADER_SIZE = 8;
const GREY = '#555555';

/** Height of the band the running header takes at the top of the margin box. */
export const headerBand = (ctx: PdfCtx): number => ctx.pt(HEADER_SIZE) * 1.45 + 6;
export const footerBand = (ctx: PdfCtx): number => ctx.pt(HEADER_SIZE) * 1.45 + 6;

export function pageSize(paper: Paper, orientation: Orientation): { w: number; h: number } {
  const p = PAPER_SIZE[paper];
  return orientation === 'portrait' ? { w: p.w, h: p.h } : { w: p.h, h: p.w };
}

/**
 * Starts a page and returns its content box: inside the margins, below the running header and
 * above the page number. An unframed page (the cover) gets the whole margin box.
 */
export function addPage(ctx: PdfCtx, orientation: Orientation, framed = true): Box {
  const { w, h } = pageSize(ctx.paper, orientation);
  // pdfkit's own margins stay 0: every position is ours, so pdfkit never breaks a page by itself.
  ctx.doc.addPage({ size: [w, h], margin: 0 });
  ctx.pageAdded();
  ctx.pages.push({ framed, section: ctx.section });
  ctx.record({ kind: 'page', x: 0, y: 0, w, h });
  return contentBox(ctx, { w, h }, framed);
}

export function contentBox(ctx: PdfCtx, size: { w: number; h: number }, framed: boolean): Box {
  const top = MARGIN + (framed ? headerBand(ctx) : 0);
  const bottom = size.h - MARGIN - (framed ? footerBand(ctx) : 0);
  return { x: MARGIN, y: top, w: size.w - 2 * MARGIN, h: bottom - top };
}

/**
 * Draws the running header (document title left, section right) and "page n / total" on every
 * framed page. Runs once at the end, when the total is known (pdfkit bufferPages).
 */
export function finishPages(ctx: PdfCtx): void {
  const doc = ctx.doc;
  const range = doc.bufferedPageRange();
  const total = range.count;
  const size = ctx.pt(HEADER_SIZE);
  const style = { font: 'regular' as const, size, color: GREY };
  for (let i = 0; i < total; i++) {
    const info = ctx.pages[i];
    if (!info?.framed) continue;
    ctx.switchTo(i);
    const w = doc.page.width;
    const h = doc.page.height;
    const inner = w - 2 * MARGIN;
    const lh = size * 1.45;
    // Header: title left, section right; each clamped so the two never meet.
    const right = fitLine(ctx, info.section, inner * 0.48, style);
    const rightW = ctx.measure('regular', size)(right);
    const left = fitLine(ctx, ctx.docTitle, inner - rightW - 12, style);
    drawLines(ctx, [left], MARGIN, MARGIN, inner, style);
    drawLines(ctx, [right], MARGIN, MARGIN, inner, style, 'right');
    const ruleY = MARGIN + lh + 2;
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor('#999999')
      .moveTo(MARGIN, ruleY)
      .lineTo(w - MARGIN, ruleY)
      .stroke()
      .restore();
    // Footer: printed date left, page number right.
    const footY = h - MARGIN - lh;
    const pageText = ctx.t('print.page', { n: i + 1, total });
    drawLines(ctx, [pageText], MARGIN, footY, inner, style, 'right');
    if (ctx.printedOn) {
      const pw = ctx.measure('regular', size)(pageText);
      drawLines(ctx, [fitLine(ctx, ctx.printedOn, inner - pw - 12, style)], MARGIN, footY, inner, style);
    }
  }
}
