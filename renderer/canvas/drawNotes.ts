import type { Note } from '../../shared/model/Note';
import { intersects, type Rect } from '../../shared/geometry/boardGeometry';
import { FONT_FAMILY, NOTE_COLORS, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING } from './noteStyle';
import { noteLines } from './textMeasure';

export interface DrawnNote {
  note: Note;
  /** Where it is drawn, in board units. */
  rect: Rect;
}

/**
 * Draws notes straight onto a 2D context: one pass, no per-note scene-graph nodes, so thousands of
 * notes cost one draw call chain. Notes outside `visible` are skipped.
 */
export function drawNotes(ctx: CanvasRenderingContext2D, notes: readonly DrawnNote[], visible: Rect, scale: number): void {
  ctx.textBaseline = 'top';
  ctx.font = `${NOTE_FONT_SIZE}px ${FONT_FAMILY}`;
  const showText = NOTE_FONT_SIZE * scale >= 3;
  for (const { note, rect } of notes) {
    if (!intersects(rect, visible)) continue;
    const style = NOTE_COLORS[note.color];
    ctx.fillStyle = 'rgba(0,0,0,0.10)';
    ctx.fillRect(rect.x + 2, rect.y + 3, rect.w, rect.h);
    ctx.fillStyle = style.fill;
    ctx.fillRect(rect.x, rect.y, rect.w, rect.h);
    ctx.strokeStyle = style.border;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(rect.x, rect.y, rect.w, rect.h);
    if (!showText) continue;
    ctx.fillStyle = '#222';
    const lines = noteLines(note.text, rect.w, rect.h);
    for (let i = 0; i < lines.length; i++) {
      ctx.fillText(lines[i]!, rect.x + NOTE_PADDING, rect.y + NOTE_PADDING + i * NOTE_LINE_HEIGHT + 2);
    }
  }
}

/** Outlines around selected notes, drawn on the overlay layer. */
export function drawSelection(ctx: CanvasRenderingContext2D, rects: readonly Rect[], scale: number): void {
  ctx.strokeStyle = '#1d6fe0';
  ctx.lineWidth = 3 / scale;
  for (const r of rects) ctx.strokeRect(r.x - 3 / scale, r.y - 3 / scale, r.w + 6 / scale, r.h + 6 / scale);
}
