import type { Note, NoteColor } from '../../shared/model/Note';
import { intersects, type Rect } from '../../shared/geometry/boardGeometry';
import { FONT_FAMILY, NOTE_COLORS, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING } from './noteStyle';
import { noteText } from './textMeasure';
import { THAI_LINE_HEIGHT } from '../../shared/text';

export interface DrawnNote {
  note: Note;
  /** Where it is drawn, in board units. */
  rect: Rect;
}

/** How much of a note's text is drawn at the current zoom (level of detail, see textMode). */
export type TextMode = 'text' | 'bars' | 'none';

/**
 * How far past its rectangle a note paints, in board units: its selection outline (drawSelection:
 * 3 px out, 3 px wide), shadow (down-right) and the half of its border outside, plus a device
 * pixel of antialiasing at this scale.
 */
export function paintMargin(scale: number): { before: number; after: number } {
  const around = Math.max(1, 4.5 / scale) + 1 / scale;
  return { before: around, after: around + 3 };
}

/**
 * Draws notes straight onto a 2D context with no per-note scene-graph nodes. Shapes of one kind are
 * gathered into one path and filled once (shadows, then each colour in a fixed order, then text
 * bars), which is what keeps thousands of notes cheap. Notes outside `visible` are skipped; text
 * is laid out only for the notes drawn, and only when the mode shows text. Returns how many
 * notes were drawn.
 */
export function drawNotes(
  ctx: CanvasRenderingContext2D,
  notes: readonly DrawnNote[],
  visible: Rect,
  scale: number,
  mode?: TextMode,
): number {
  const shown = notes.filter((d) => intersects(d.rect, visible));
  const m = mode ?? textMode(NOTE_FONT_SIZE * scale, shown.length);
  if (m === 'text') {
    // Text must interleave with fills so that an overlapping note hides the one below it.
    for (const d of shown) {
      fillRects(ctx, [d], d.note.color);
      drawText(ctx, d);
    }
    return shown.length;
  }
  // Dense or far away: paint by colour in batches; overlap order within a colour is kept. The
  // colour order is fixed, so repainting part of the board gives the same pixels as a full draw.
  ctx.beginPath();
  for (const { rect } of shown) ctx.rect(rect.x + 2, rect.y + 3, rect.w, rect.h);
  ctx.fillStyle = 'rgba(0,0,0,0.10)';
  ctx.fill();
  const byColor = new Map<NoteColor, DrawnNote[]>(NOTE_COLOR_ORDER.map((c) => [c, []]));
  for (const d of shown) byColor.get(d.note.color)!.push(d);
  for (const [color, list] of byColor) if (list.length > 0) fillRects(ctx, list, color, false);
  if (m === 'bars') {
    ctx.beginPath();
    for (const d of shown) textBars(ctx, d.note.text, d.rect);
    ctx.fillStyle = 'rgba(40,40,40,0.35)';
    ctx.fill();
  }
  return shown.length;
}

/**
 * The font size (board units) each note's text was last drawn at, cleared before each full draw:
 * tests read it to measure on-screen text (size × the canvas scale) from what was really drawn.
 */
export const drawnFontSizes = new Map<string, number>();

const NOTE_COLOR_ORDER = Object.keys(NOTE_COLORS) as NoteColor[];

function fillRects(ctx: CanvasRenderingContext2D, list: readonly DrawnNote[], color: NoteColor, shadow = true): void {
  const style = NOTE_COLORS[color];
  if (shadow) {
    ctx.fillStyle = 'rgba(0,0,0,0.10)';
    for (const { rect } of list) ctx.fillRect(rect.x + 2, rect.y + 3, rect.w, rect.h);
  }
  ctx.beginPath();
  for (const { rect } of list) ctx.rect(rect.x, rect.y, rect.w, rect.h);
  ctx.fillStyle = style.fill;
  ctx.fill();
  ctx.strokeStyle = style.border;
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

function drawText(ctx: CanvasRenderingContext2D, { note, rect }: DrawnNote): void {
  ctx.textBaseline = 'top';
  const { size, lines } = noteText(note.text, rect.w, rect.h);
  ctx.font = `${size}px ${FONT_FAMILY}`;
  drawnFontSizes.set(note.id, size);
  ctx.fillStyle = '#222';
  const lh = size * THAI_LINE_HEIGHT;
  for (let i = 0; i < lines.length; i++) {
    ctx.fillText(lines[i]!, rect.x + NOTE_PADDING, rect.y + NOTE_PADDING + i * lh + size * 0.12);
  }
}

/**
 * Level of detail. Text smaller than a few pixels cannot be read, and on a dense board laying it
 * out costs more than everything else together. Then each line is drawn as a grey bar, as
 * whiteboard tools do, until the person zooms in.
 */
export function textMode(screenFontPx: number, visibleNotes: number): TextMode {
  if (screenFontPx < 2) return 'none';
  if (screenFontPx >= 8 || (visibleNotes <= 400 && screenFontPx >= 4)) return 'text';
  return 'bars';
}

/** Adds a note's text bars to the current path. */
function textBars(ctx: CanvasRenderingContext2D, text: string, rect: Rect): void {
  const inner = rect.w - NOTE_PADDING * 2;
  const perLine = Math.max(1, Math.floor(inner / (NOTE_FONT_SIZE * 0.5)));
  const maxLines = Math.max(1, Math.floor((rect.h - NOTE_PADDING * 2) / NOTE_LINE_HEIGHT));
  let remaining = text.length;
  for (let i = 0; i < maxLines && remaining > 0; i++) {
    ctx.rect(
      rect.x + NOTE_PADDING,
      rect.y + NOTE_PADDING + i * NOTE_LINE_HEIGHT + 5,
      inner * Math.min(1, remaining / perLine),
      NOTE_FONT_SIZE * 0.55,
    );
    remaining -= perLine;
  }
}

/** Outlines around selected notes, drawn over the notes. */
export function drawSelection(ctx: CanvasRenderingContext2D, rects: readonly Rect[], scale: number): void {
  ctx.strokeStyle = '#1d6fe0';
  ctx.lineWidth = 3 / scale;
  for (const r of rects) ctx.strokeRect(r.x - 3 / scale, r.y - 3 / scale, r.w + 6 / scale, r.h + 6 / scale);
}
