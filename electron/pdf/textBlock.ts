import { clampLines, layoutLines, THAI_LINE_HEIGHT } from '../../shared/text';
import type { PdfCtx } from './context';
import { FONT_NAMES, type FontKey } from './fonts';

export interface TextStyle {
  font?: FontKey;
  size: number;
  color?: string;
  /** Line height as a multiple of size; Thai needs room for stacked marks (default 1.45). */
  lineHeight?: number;
}

export type Align = 'left' | 'center' | 'right';

export const lineHeightOf = (s: TextStyle): number => s.size * (s.lineHeight ?? THAI_LINE_HEIGHT);

/**
 * Thai-aware lines for a width: the same layoutLines the screen uses, measured in the PDF font.
 * Spaces hanging at a soft break are trimmed; they are invisible and only confuse alignment.
 */
export function wrap(ctx: PdfCtx, text: string, width: number, style: TextStyle): string[] {
  const measure = ctx.measure(style.font ?? 'regular', style.size);
  return layoutLines(text, Math.max(1, width), measure).map((l) => l.replace(/\s+$/u, ''));
}

/** One line that fits the width, cut with an ellipsis when it does not. */
export function fitLine(ctx: PdfCtx, text: string, width: number, style: TextStyle): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  const measure = ctx.measure(style.font ?? 'regular', style.size);
  if (measure(oneLine) <= width) return oneLine;
  return clampLines(wrap(ctx, oneLine, width, style), 1, width, measure)[0] ?? '';
}

/**
 * Draws ready-made lines top-down from (x, y); each line is placed by us (lineBreak: false), so
 * pdfkit never re-wraps Thai or starts a page. Returns the height used.
 */
export function drawLines(
  ctx: PdfCtx,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  align: Align = 'left',
): number {
  const doc = ctx.doc;
  const font = style.font ?? 'regular';
  const lh = lineHeightOf(style);
  const measure = ctx.measure(font, style.size);
  // Set font and size after measuring: measuring may switch the document's current font.
  let ly = y;
  for (const line of lines) {
    if (line !== '') {
      const w = align === 'left' && !ctx.trace ? 0 : measure(line);
      const lx = align === 'left' ? x : align === 'center' ? x + (width - w) / 2 : x + width - w;
      doc
        .font(FONT_NAMES[font])
        .fontSize(style.size)
        .fillColor(style.color ?? '#000000');
      drawRun(doc, line, lx, ly);
      ctx.record({ kind: 'text', x: lx, y: ly, w, h: style.size * 1.3, text: line });
    }
    ly += lh;
  }
  return lines.length * lh;
}

const THAI = /[\u0E00-\u0E7F]/u;

/** A PDF text string as UTF-16BE hex with its byte-order mark: no escaping to get wrong. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Draws one line. The font turns some Thai characters into other glyphs (ำ becomes ํ + า), so a
 * PDF reader copying or searching the glyphs would not find what was typed; a Span carrying the
 * line as ActualText makes copy and search read the typed text. Latin-only lines need none.
 *
 * The span must sit inside the text object (after BT, before ET), not around pdfkit's q … Q:
 * readers place the ActualText with the position and font in force at EMC, and after Q those are
 * gone (poppler then put every marked line at the page corner, out of reading order).
 */
function drawRun(doc: PDFKit.PDFDocument, line: string, x: number, y: number): void {
  if (!THAI.test(line)) {
    doc.text(line, x, y, { lineBreak: false });
    return;
  }
  const target = doc as unknown as { addContent(data: string): unknown };
  const add = target.addContent;
  target.addContent = function (this: unknown, data: string) {
    if (data === 'ET') add.call(this, 'EMC');
    add.call(this, data);
    if (data === 'BT') add.call(this, `/Span <</ActualText ${utf16Hex(line)}>> BDC`);
    return this;
  };
  try {
    doc.text(line, x, y, { lineBreak: false });
  } finally {
    target.addContent = add;
  }
}

export interface TextBoxResult {
  height: number;
  lines: number;
  clamped: boolean;
}

/**
 * Wraps and draws text inside a box. With box.h (or maxLines) the text is clamped to the lines
 * that fit, the last one ending in "…"; nothing is drawn below the box.
 */
export function drawTextBox(
  ctx: PdfCtx,
  text: string,
  box: { x: number; y: number; w: number; h?: number },
  style: TextStyle,
  opts: { maxLines?: number; align?: Align } = {},
): TextBoxResult {
  let lines = wrap(ctx, text, box.w, style);
  const lh = lineHeightOf(style);
  let max = opts.maxLines ?? Infinity;
  if (box.h !== undefined) max = Math.min(max, Math.floor((box.h + 0.01) / lh));
  const clamped = lines.length > max;
  if (clamped) lines = clampLines(lines, max, box.w, ctx.measure(style.font ?? 'regular', style.size));
  const height = drawLines(ctx, lines, box.x, box.y, box.w, style, opts.align);
  return { height, lines: lines.length, clamped };
}

/** Height the text would take in a width, without drawing. */
export function textHeight(ctx: PdfCtx, text: string, width: number, style: TextStyle): number {
  return wrap(ctx, text, width, style).length * lineHeightOf(style);
}
