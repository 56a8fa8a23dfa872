import type { CanvasLayout } from '../model/Template';
import type { Note } from '../model/Note';

export interface Point {
  x: number;
  y: number;
}
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface BlockRect extends Rect {
  id: string;
}

/** Board units: a canvas is this wide whatever its grid; zoom maps units to pixels. */
export const BOARD_WIDTH = 2400;
/** Height of a row whose relative height is 1. */
export const ROW_UNIT = 560;
/** Space below the canvas where notes without a block wait (the "unplaced" tray). */
export const TRAY_GAP = 60;
export const TRAY_HEIGHT = 320;

/** Rectangles of every block, in board units. */
export function blockRects(layout: CanvasLayout): BlockRect[] {
  const colW = BOARD_WIDTH / layout.grid.cols;
  const rowTops = [0];
  for (const h of layout.grid.rowHeights) rowTops.push(rowTops[rowTops.length - 1]! + h * ROW_UNIT);
  return layout.blocks.map((b) => {
    const top = rowTops[b.row - 1] ?? 0;
    const bottom = rowTops[Math.min(b.row - 1 + b.rowSpan, rowTops.length - 1)] ?? top;
    return { id: b.id, x: (b.col - 1) * colW, y: top, w: b.colSpan * colW, h: bottom - top };
  });
}

export function boardSize(layout: CanvasLayout): { w: number; h: number } {
  const h = layout.grid.rowHeights.reduce((a, r) => a + r * ROW_UNIT, 0);
  return { w: BOARD_WIDTH, h };
}

/** The tray for unplaced notes, just below the canvas. */
export function trayRect(layout: CanvasLayout): Rect {
  return { x: 0, y: boardSize(layout).h + TRAY_GAP, w: BOARD_WIDTH, h: TRAY_HEIGHT };
}

/** The block under a point, or null over no block. */
export function zoneAt(layout: CanvasLayout, p: Point, rects = blockRects(layout)): string | null {
  for (const r of rects) if (contains(r, p)) return r.id;
  return null;
}

export function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x < r.x + r.w && p.y >= r.y && p.y < r.y + r.h;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Top-left of the area a note's x/y are relative to. */
export function originOf(layout: CanvasLayout, blockId: string | null, rects = blockRects(layout)): Point {
  if (blockId !== null) {
    const r = rects.find((b) => b.id === blockId);
    if (r) return { x: r.x, y: r.y };
  }
  const t = trayRect(layout);
  return { x: t.x, y: t.y };
}

/**
 * Where a note is drawn, in board units. A note is kept inside its block (or the tray) so that
 * shrinking a block pulls its notes in instead of leaving them stranded outside.
 */
export function noteRect(layout: CanvasLayout, note: Pick<Note, 'blockId' | 'x' | 'y' | 'w' | 'h'>, rects = blockRects(layout)): Rect {
  const area = note.blockId === null ? trayRect(layout) : (rects.find((b) => b.id === note.blockId) ?? trayRect(layout));
  const x = area.x + clamp(note.x, 0, Math.max(0, area.w - note.w));
  const y = area.y + clamp(note.y, 0, Math.max(0, area.h - note.h));
  return { x, y, w: note.w, h: note.h };
}

/**
 * Where a note dropped with its top-left at `topLeft` belongs: the block under its centre
 * (or the tray), with x/y relative to that area.
 */
export function placeNote(
  layout: CanvasLayout,
  topLeft: Point,
  size: { w: number; h: number },
  rects = blockRects(layout),
): Pick<Note, 'blockId' | 'x' | 'y'> {
  const centre = { x: topLeft.x + size.w / 2, y: topLeft.y + size.h / 2 };
  const blockId = zoneAt(layout, centre, rects);
  const o = originOf(layout, blockId, rects);
  return { blockId, x: Math.round(topLeft.x - o.x), y: Math.round(topLeft.y - o.y) };
}

/** The topmost note under a point (notes are passed in drawing order). */
export function noteAt<T extends { rect: Rect }>(drawn: readonly T[], p: Point): T | null {
  for (let i = drawn.length - 1; i >= 0; i--) if (contains(drawn[i]!.rect, p)) return drawn[i]!;
  return null;
}

/** Normalises a drag rectangle given by two corners. */
export function rectFromCorners(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
