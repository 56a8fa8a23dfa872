import { blockRects, boardSize } from '../../shared/geometry/boardGeometry';
import type { BlockDef, CanvasLayout } from '../../shared/model/Template';
import type { PdfCtx } from './context';
import { otherLang, pick } from '../../shared/i18n';
import type { Box } from './pageFrame';
import { drawLines, drawTextBox, fitLine, lineHeightOf, wrap, type TextStyle } from './textBlock';
import { clampLines } from '../../shared/text';

export interface PlacedBlock {
  def: BlockDef;
  rect: Box;
}

export const BLOCK_EDGE = '#3d3d3d';
const QUESTION_GREY = '#5a5a5a';

/**
 * The template grid scaled to fill the area. The grid's proportions stretch a little to use the
 * sheet; on paper what matters is which block is where and how much room each has.
 */
export function placeBlocks(layout: CanvasLayout, area: Box): PlacedBlock[] {
  const size = boardSize(layout);
  const sx = area.w / size.w;
  const sy = area.h / Math.max(1, size.h);
  const rects = blockRects(layout);
  return layout.blocks.map((def, i) => {
    const r = rects[i]!;
    return { def, rect: { x: area.x + r.x * sx, y: area.y + r.y * sy, w: r.w * sx, h: r.h * sy } };
  });
}

/** A sheet's title and subtitle at the top of the content box; returns the height used. */
export function drawSheetHeading(ctx: PdfCtx, box: Box, title: string, subtitle: string): number {
  const tStyle: TextStyle = { font: 'bold', size: ctx.pt(13) };
  const sStyle: TextStyle = { size: ctx.pt(8.5), color: QUESTION_GREY };
  let h = drawLines(ctx, [fitLine(ctx, title, box.w, tStyle)], box.x, box.y, box.w, tStyle);
  if (subtitle) h += drawLines(ctx, [fitLine(ctx, subtitle, box.w, sStyle)], box.x, box.y + h, box.w, sStyle);
  return h + ctx.pt(4);
}

export const blockPad = (ctx: PdfCtx): number => ctx.pt(4);

/**
 * Draws a block's fill, border and titles (main language bold, the other small beneath).
 * Returns the free area inside the block below the titles.
 */
export function drawBlockFrame(ctx: PdfCtx, b: PlacedBlock): Box {
  const { doc } = ctx;
  const r = b.rect;
  doc.save();
  doc
    .rect(r.x, r.y, r.w, r.h)
    .lineWidth(0.9)
    .fillAndStroke(b.def.color ?? '#ffffff', BLOCK_EDGE);
  doc.restore();
  ctx.record({ kind: 'block', x: r.x, y: r.y, w: r.w, h: r.h });
  const pad = blockPad(ctx);
  const inner = { x: r.x + pad, y: r.y + pad, w: Math.max(1, r.w - 2 * pad), h: Math.max(0, r.h - 2 * pad) };
  const title = pick(ctx.lang, b.def.label_th, b.def.label_en);
  const sub = otherLang(ctx.lang, b.def.label_th, b.def.label_en);
  const tStyle: TextStyle = { font: 'bold', size: ctx.pt(9.5) };
  const sStyle: TextStyle = { size: ctx.pt(6.5), color: QUESTION_GREY };
  let used = 0;
  if (inner.h >= lineHeightOf(tStyle)) {
    used += drawTextBox(ctx, title, { ...inner, h: inner.h }, tStyle, { maxLines: 2 }).height;
  }
  if (sub && inner.h - used >= lineHeightOf(sStyle)) {
    used += drawLines(ctx, [fitLine(ctx, sub, inner.w, sStyle)], inner.x, inner.y + used, inner.w, sStyle);
  }
  used += ctx.pt(2);
  return { x: inner.x, y: inner.y + used, w: inner.w, h: Math.max(0, inner.h - used) };
}

/**
 * The block's guiding questions in grey, as bullets with a hanging indent, within maxH.
 * Returns whether some text had to be cut.
 */
export function drawBlockQuestions(ctx: PdfCtx, def: BlockDef, area: Box, maxH: number): { clamped: boolean; height: number } {
  const qs = ctx.lang === 'en' && def.questions_en.length > 0 ? def.questions_en : def.questions_th;
  if (qs.length === 0) return { clamped: false, height: 0 };
  const style: TextStyle = { size: ctx.pt(7.5), color: QUESTION_GREY };
  const lh = lineHeightOf(style);
  const bullet = '•';
  const indent = ctx.measure('regular', style.size)(`${bullet} `);
  const maxLines = Math.floor((Math.min(maxH, area.h) + 0.01) / lh);
  const measure = ctx.measure('regular', style.size);
  // Every question's lines, each marked when it starts a bullet; then cut to what fits.
  const all = qs.flatMap((q) => wrap(ctx, q, area.w - indent, style).map((line, i) => ({ line, first: i === 0 })));
  const kept = all.slice(0, Math.max(0, maxLines));
  const clamped = kept.length < all.length;
  const last = kept[kept.length - 1];
  if (clamped && last) last.line = clampLines([last.line, ''], 1, area.w - indent, measure)[0]!;
  let y = area.y;
  for (const { line, first } of kept) {
    if (first) drawLines(ctx, [bullet], area.x, y, indent, style);
    y += drawLines(ctx, [line], area.x + indent, y, area.w - indent, style);
  }
  return { clamped, height: y - area.y };
}
