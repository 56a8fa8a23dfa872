import type { CanvasLayout } from '../../shared/model/Template';
import { boardSize, trayRect, type Point, type Rect } from '../../shared/geometry/boardGeometry';
import type { Viewport } from '../store/types';

export const MIN_SCALE = 0.08;
export const MAX_SCALE = 4;

/** The viewport that shows the whole board and its tray inside a window of `size` pixels. */
export function fitViewport(layout: CanvasLayout, size: { w: number; h: number }): Viewport {
  const board = boardSize(layout);
  const tray = trayRect(layout);
  const h = tray.y + tray.h;
  const margin = 24;
  const scale = clampScale(Math.min((size.w - margin * 2) / board.w, (size.h - margin * 2) / h));
  return { scale, x: (size.w - board.w * scale) / 2, y: Math.max(margin, (size.h - h * scale) / 2) };
}

/** Zooms by `factor` keeping the board point under `anchor` (screen pixels) where it is. */
export function zoomAt(vp: Viewport, factor: number, anchor: Point): Viewport {
  const scale = clampScale(vp.scale * factor);
  const bx = (anchor.x - vp.x) / vp.scale;
  const by = (anchor.y - vp.y) / vp.scale;
  return { scale, x: anchor.x - bx * scale, y: anchor.y - by * scale };
}

export function toBoard(vp: Viewport, screen: Point): Point {
  return { x: (screen.x - vp.x) / vp.scale, y: (screen.y - vp.y) / vp.scale };
}

export function toScreen(vp: Viewport, board: Point): Point {
  return { x: board.x * vp.scale + vp.x, y: board.y * vp.scale + vp.y };
}

/** The part of the board inside the window, in board units (what is worth drawing). */
export function visibleRect(vp: Viewport, size: { w: number; h: number }): Rect {
  return { x: -vp.x / vp.scale, y: -vp.y / vp.scale, w: size.w / vp.scale, h: size.h / vp.scale };
}

/** The viewport at `scale` (kept readable) with board rectangle `r` in the middle of the window. */
export function centredOn(r: Rect, size: { w: number; h: number }, scale: number): Viewport {
  const s = clampScale(scale);
  return { scale: s, x: size.w / 2 - (r.x + r.w / 2) * s, y: size.h / 2 - (r.y + r.h / 2) * s };
}

const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
