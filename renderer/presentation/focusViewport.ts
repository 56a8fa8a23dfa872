import { blockRects, type Rect } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';
import type { DrawnNote } from '../canvas/drawNotes';
import { noteFontSize } from '../canvas/noteFontSize';
import type { Viewport } from '../store/types';
import { fitViewport, MAX_SCALE } from '../canvas/viewport';

/** The smallest note text, in CSS pixels, presentation mode zooms to: readable from the back of a room. */
export const READABLE_NOTE_PX = 21;
const MARGIN = 24;

/** How wide the side panel with the block's title, questions and timer is in a window `w` wide. */
export function panelWidth(w: number): number {
  return Math.round(Math.min(560, Math.max(300, w * 0.3)));
}

/**
 * Where presentation mode looks: the whole board, or one block, fitted into the part of the window
 * left of the side panel. A block is zoomed in at least so far that the smallest text of its notes
 * (as the canvas draws it, noteFontSize) is READABLE_NOTE_PX tall; when that is more than fits, the
 * view centres on the block's notes.
 */
export function focusViewport(
  layout: CanvasLayout,
  blockId: string | null,
  notes: readonly DrawnNote[],
  size: { w: number; h: number },
): Viewport {
  const area = { w: Math.max(100, size.w - panelWidth(size.w)), h: size.h };
  const block = blockId ? blockRects(layout).find((b) => b.id === blockId) : undefined;
  if (!block) return fitViewport(layout, area);
  const inBlock = notes.filter((d) => d.note.blockId === block.id);
  const fit = Math.min((area.w - MARGIN * 2) / block.w, (area.h - MARGIN * 2) / block.h);
  const smallest = inBlock.reduce((m, d) => Math.min(m, noteFontSize(d.note, d.rect)), Infinity);
  const readable = Number.isFinite(smallest) ? READABLE_NOTE_PX / smallest : 0;
  const scale = Math.min(MAX_SCALE, Math.max(fit, readable));
  // Zoomed past the block's fit: its notes, and above them the block's top where its title is.
  const target: Rect = scale > fit && inBlock.length > 0 ? withTop(bounds(inBlock.map((d) => d.rect)), block.y) : block;
  const cx = target.x + target.w / 2;
  // Taller than the window: start at the top of what is shown, where the reading starts.
  const cy = target.h * scale > area.h - MARGIN * 2 ? target.y + (area.h / 2 - MARGIN) / scale : target.y + target.h / 2;
  return { scale, x: area.w / 2 - cx * scale, y: area.h / 2 - cy * scale };
}

function withTop(r: Rect, top: number): Rect {
  return top < r.y ? { x: r.x, y: top, w: r.w, h: r.h + r.y - top } : r;
}

function bounds(rects: readonly Rect[]): Rect {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.w);
    y1 = Math.max(y1, r.y + r.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
