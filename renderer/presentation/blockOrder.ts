import { blockRects, type BlockRect } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';

/** The board's blocks in reading order: top to bottom, then left to right. */
export function blocksInOrder(layout: CanvasLayout): BlockRect[] {
  return blockRects(layout).sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The block `step` places after `current` (null = the whole board) in reading order, wrapping to the whole board. */
export function stepBlock(layout: CanvasLayout, current: string | null, step: 1 | -1): string | null {
  const ids = blocksInOrder(layout).map((b) => b.id);
  if (ids.length === 0) return null;
  // The whole board sits before the first block and after the last one.
  const ring: (string | null)[] = [null, ...ids];
  const at = Math.max(0, ring.indexOf(current));
  return ring[(at + step + ring.length) % ring.length] ?? null;
}
