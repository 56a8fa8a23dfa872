import type { CanvasLayout } from '../model/Template';
import type { Note } from '../model/Note';
import { blockRects, intersects, trayRect, type Point } from './boardGeometry';

/** Where notes start inside a block: below its title and questions. */
export const BLOCK_CONTENT_TOP = 150;
const GAP = 14;

/**
 * The first place in a block (relative x/y) where a new note of size w×h overlaps no other note,
 * scanning row by row below the block's header. Falls back to a small cascade when the block is full.
 */
export function freeSpot(layout: CanvasLayout, blockId: string | null, notes: readonly Note[], w: number, h: number): Point {
  const area = blockId === null ? trayRect(layout) : blockRects(layout).find((r) => r.id === blockId) ?? trayRect(layout);
  const top = blockId === null ? GAP : Math.min(BLOCK_CONTENT_TOP, Math.max(GAP, area.h - h - GAP));
  const taken = notes.filter((n) => n.blockId === blockId).map((n) => ({ x: n.x, y: n.y, w: n.w, h: n.h }));
  for (let y = top; y + h <= area.h - GAP / 2; y += h + GAP) {
    for (let x = GAP; x + w <= area.w - GAP / 2; x += w + GAP) {
      const spot = { x, y, w, h };
      if (!taken.some((t) => intersects(t, spot))) return { x, y };
    }
  }
  const k = taken.length % 8;
  return { x: GAP + k * 12, y: top + k * 12 };
}
