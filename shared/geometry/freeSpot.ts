import type { CanvasLayout } from '../model/Template';
import type { Note } from '../model/Note';
import { blockRects, trayRect, type Point, type Rect } from './boardGeometry';

/** Where notes start inside a block: below its title and questions. */
export const BLOCK_CONTENT_TOP = 150;
const GAP = 14;
const MAX_SEARCHED = 300;
/** How far a note put over others when a block is full sits from the one below it. */
const CASCADE = 24;

/**
 * A place in a block (relative x/y) for a new note of size w×h that keeps at least a small gap from
 * every note already there: the highest such place, then the leftmost. Candidate places are the
 * block's top-left corner and the spots just right of and just below each note, so notes put
 * anywhere by hand still leave their neighbours usable space (a fixed scan grid would miss it).
 * Notes are taken where they are drawn (clamped into the block). When no place is free, the place
 * that covers the least of the other notes, so a new note never lands squarely on another.
 */
export function freeSpot(layout: CanvasLayout, blockId: string | null, notes: readonly Note[], w: number, h: number): Point {
  const area = blockId === null ? trayRect(layout) : (blockRects(layout).find((r) => r.id === blockId) ?? trayRect(layout));
  const top = blockId === null ? GAP : Math.min(BLOCK_CONTENT_TOP, Math.max(GAP, area.h - h - GAP));
  const maxX = Math.max(GAP, area.w - w - GAP / 2);
  const maxY = Math.max(top, area.h - h - GAP / 2);
  const taken: Rect[] = notes
    .filter((n) => n.blockId === blockId)
    .map((n) => ({ x: clamp(n.x, 0, Math.max(0, area.w - n.w)), y: clamp(n.y, 0, Math.max(0, area.h - n.h)), w: n.w, h: n.h }));
  // A block this crowded has no free place worth the search (it grows with the square of the notes).
  if (taken.length > MAX_SEARCHED) return { x: GAP + (taken.length % 8) * 12, y: top + (taken.length % 8) * 12 };
  const xs = new Set([GAP]);
  const ys = new Set([top]);
  for (const t of taken) {
    xs.add(t.x + t.w + GAP);
    xs.add(t.x);
    xs.add(t.x + CASCADE);
    ys.add(t.y + t.h + GAP);
    ys.add(t.y);
    ys.add(t.y + CASCADE);
  }
  const corners = new Set(taken.map((t) => `${t.x} ${t.y}`));
  const cx = [...xs].filter((x) => x >= GAP && x <= maxX).sort((a, b) => a - b);
  const cy = [...ys].filter((y) => y >= top && y <= maxY).sort((a, b) => a - b);
  let best: Point = { x: GAP, y: top };
  let bestCover = Infinity;
  for (const y of cy) {
    for (const x of cx) {
      const cover = covered({ x: x - GAP / 2, y: y - GAP / 2, w: w + GAP, h: h + GAP }, taken);
      if (cover === 0) return { x, y };
      // Never squarely on another note: a new note must be seen to be new.
      if (cover < bestCover && !corners.has(`${x} ${y}`)) {
        bestCover = cover;
        best = { x, y };
      }
    }
  }
  return best;
}

/** How much of `r` the rectangles cover (overlaps counted once per rectangle). */
function covered(r: Rect, rects: readonly Rect[]): number {
  let sum = 0;
  for (const t of rects) {
    const w = Math.min(r.x + r.w, t.x + t.w) - Math.max(r.x, t.x);
    const h = Math.min(r.y + r.h, t.y + t.h) - Math.max(r.y, t.y);
    if (w > 0 && h > 0) sum += w * h;
  }
  return sum;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
