import type { Rect } from '../../shared/geometry/boardGeometry';

/** The resize handle's side on screen, in CSS pixels, whatever the zoom. */
export const HANDLE_PX = 16;

/** The handle of a note drawn at `r`: a square on its bottom-right corner, in board units. */
export function handleRect(r: Rect, scale: number): Rect {
  const s = HANDLE_PX / scale;
  return { x: r.x + r.w - s * 0.75, y: r.y + r.h - s * 0.75, w: s, h: s };
}
