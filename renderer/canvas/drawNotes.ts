import type { Note, NoteColor } from '../../shared/model/Note';
import { intersects, type Rect } from '../../shared/geometry/boardGeometry';
import { FONT_FAMILY, NOTE_COLORS, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING } from './noteStyle';
import { noteLines } from './textMeasure';

export interface DrawnNote {
  note: Note;
  /** Where it is drawn, in board units. */
  rect: Rect;
}

/**
 * Draws notes straight onto a 2D context with no per-note scene-graph nodes. Shapes of one kind are
 * gathered into one path and filled once (shadows, then each colour, then text bars), which is what
 * keeps thousands of notes cheap. Notes outside `visible` are skipped.
 */
export function drawNotes(ctx: CanvasRenderingContext2D, notes: readonly DrawnNote[], visible: Rect, scale: number): void {
  const shown = notes.filter((d) => intersects(d.rect, visible));
  const mode = textMode(NOTE_FONT_SIZE * scale, shown.length);
  if (mode === 'text') {
    // Text must interleave with fills so that an overlapping note hides the one below it.
    for (const d of shown) {
      fillRects(ctx, [d], d.note.color);
      drawText(ctx, d);
    }
    return;
  }
  // Dense or far away: paint by colour in batches; overlap order within a colour is kept.
  ctx.beginPath();
  for (const { rect } of shown) ctx.rect(rect.x + 2, rect.y + 3, rect.w, rect.h);
  ctx.fillStyle = 'rgba(0,0,0,0.10)';
  ctx.fill();
  const byColor = new Map<NoteColor, DrawnNote[]>();
  for (const d of shown) {
    const list = byColor.get(d.note.color);
    if (list) list.push(d);
    else byColor.set(d.note.color, [d]);
  }
  for (const [color, list] of byColor) fillRects(ctx, list, color, false);
  if (mode === 'bars') {
    ctx.beginPath();
    for (const d of shown) textBars(ctx, d.note.text, d.rect);
    ctx.fillStyle = 'rgba(40,40,40,0.35)';
    ctx.fill();
  }
}

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
  ctx.font = `${NOTE_FONT_SIZE}px ${FONT_FAMILY}`;
  ctx.fillStyle = '#222';
  const lines = noteLines(note.text, rect.w, rect.h);
  for (let i = 0; i < lines.length; i++) {
    ctx.fillText(lines[i]!, rect.x + NOTE_PADDING, rect.y + NOTE_PADDING + i * NOTE_LINE_HEIGHT + 2);
  }
}

/**
 * Level of detail. Text smaller than a few pixels cannot be read, and on a dense board laying it
 * out costs more than everything else together. Then each line is drawn as a grey bar, as
 * whiteboard tools do, until the person zooms in.
 */
export function textMode(screenFontPx: number, visibleNotes: number): 'text' | 'bars' | 'none' {
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
    ctx.rect(rect.x + NOTE_PADDING, rect.y + NOTE_PADDING + i * NOTE_LINE_HEIGHT + 5, inner * Math.min(1, remaining / perLine), NOTE_FONT_SIZE * 0.55);
    remaining -= perLine;
  }
}

/** Outlines around selected notes, drawn on the overlay layer. */
export function drawSelection(ctx: CanvasRenderingContext2D, rects: readonly Rect[], scale: number): void {
  ctx.strokeStyle = '#1d6fe0';
  ctx.lineWidth = 3 / scale;
  for (const r of rects) ctx.strokeRect(r.x - 3 / scale, r.y - 3 / scale, r.w + 6 / scale, r.h + 6 / scale);
}
