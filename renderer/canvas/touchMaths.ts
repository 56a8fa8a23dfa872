import type { Point } from '../../shared/geometry/boardGeometry';
import type { Viewport } from '../store/types';
import { MAX_SCALE, MIN_SCALE } from './viewport';

/** Two fingers on the glass: where they are, in screen pixels. */
export type FingerPair = readonly [Point, Point];

export const midpoint = ([a, b]: FingerPair): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
export const spread = ([a, b]: FingerPair): number => Math.hypot(b.x - a.x, b.y - a.y);

/**
 * The viewport after a pinch that began with the fingers at `from` (viewport `vp`) and has them now
 * at `to`: the zoom follows the change in distance between the fingers, and the board point that was
 * under their first midpoint is under their midpoint now (so moving both fingers also pans).
 */
export function pinchViewport(vp: Viewport, from: FingerPair, to: FingerPair): Viewport {
  const d0 = spread(from);
  const ratio = d0 > 0 ? spread(to) / d0 : 1;
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, vp.scale * ratio));
  const m0 = midpoint(from);
  const m1 = midpoint(to);
  const bx = (m0.x - vp.x) / vp.scale;
  const by = (m0.y - vp.y) / vp.scale;
  return { scale, x: m1.x - bx * scale, y: m1.y - by * scale };
}

/**
 * The CSS transform (origin at the top-left corner) that makes a picture drawn with viewport `drawn`
 * look as it would drawn with `now`, so a pinch moves pixels and the board is drawn once, at the end.
 */
export function previewTransform(drawn: Viewport, now: Viewport): string {
  const k = now.scale / drawn.scale;
  return `translate(${now.x - drawn.x * k}px, ${now.y - drawn.y * k}px) scale(${k})`;
}

/** How far (screen pixels) and how soon (ms) a second tap must follow the first to be a double tap. */
export const DOUBLE_TAP = { distance: 30, ms: 350 } as const;

/** Whether a tap at `p` (time `at`) is the second of a double tap whose first was `prev`. */
export function isDoubleTap(prev: { p: Point; at: number } | null, p: Point, at: number): boolean {
  return prev !== null && at - prev.at <= DOUBLE_TAP.ms && Math.hypot(p.x - prev.p.x, p.y - prev.p.y) <= DOUBLE_TAP.distance;
}

/** Moves smaller than this (screen pixels) are taps, not drags: a finger wobbles more than a mouse. */
export const TOUCH_SLOP = 10;
