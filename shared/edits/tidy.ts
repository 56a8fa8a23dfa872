import { blockRects } from '../geometry/boardGeometry';
import { BLOCK_CONTENT_TOP } from '../geometry/freeSpot';
import { byReadingOrder, cellAt, flowGrid, type GridOptions } from '../geometry/noteGrid';
import { NOTE_SIZE, type Note } from '../model/Note';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';

/** Screen notes tile like the printed ones: same grid, in board units. */
export const TIDY_GRID: GridOptions = { gap: 14, minW: 60, maxW: 340, aspect: NOTE_SIZE.h / NOTE_SIZE.w };
const MARGIN = 14;
/** Smallest note a tidy makes (the note schema's lower bounds). */
const MIN_W = 40;
const MIN_H = 30;
/** The gap between notes when a block is too crowded for print's. */
const TIGHT_GAP = 4;

/**
 * Lays a block's notes out in a grid filling the block below its header, in reading order, with the
 * grid print uses (flowGrid), as one batch of note.patch ops (one undo step). When even the smallest
 * print cell would not hold them all, the cells shrink further, down to the smallest note size.
 * Notes already where the grid puts them get no op.
 */
export function tidyBlockOps(doc: WorkshopDoc, a: { boardId: string; blockId: string }): Op[] {
  const board = doc.boards[a.boardId];
  if (!board || board.layout.kind !== 'canvas') return [];
  const rect = blockRects(board.layout).find((r) => r.id === a.blockId);
  if (!rect) return [];
  const notes: Note[] = [];
  for (const n of Object.values(doc.notes)) if (n.boardId === a.boardId && n.blockId === a.blockId) notes.push(n);
  if (notes.length === 0) return [];
  notes.sort(byReadingOrder);
  const top = Math.min(BLOCK_CONTENT_TOP, rect.h / 3);
  const area = { x: MARGIN, y: top, w: rect.w - 2 * MARGIN, h: rect.h - top - MARGIN };
  const cells = gridFor(notes.length, area.w, area.h);
  const ops: Op[] = [];
  notes.forEach((n, i) => {
    const p = cellAt(cells, i, area.x, area.y, cells.gap);
    const patch = { x: Math.round(p.x), y: Math.round(p.y), w: Math.round(cells.cellW), h: Math.round(cells.cellH) };
    if (patch.x !== n.x || patch.y !== n.y || patch.w !== n.w || patch.h !== n.h) ops.push({ type: 'note.patch', id: n.id, patch });
  });
  return ops;
}

/**
 * Print's grid when it holds every note; otherwise the largest cells (down to the smallest note)
 * that hold them all with a narrow gap, filling the width. A block too small even for that gets
 * the most columns, and the notes' own clamping keeps them inside it.
 */
function gridFor(n: number, w: number, h: number): { cols: number; rows: number; cellW: number; cellH: number; gap: number } {
  const g = flowGrid(n, w, h, TIDY_GRID);
  if (g.more === 0 && g.cols > 0) return { ...g, gap: TIDY_GRID.gap };
  const gap = TIGHT_GAP;
  const maxCols = Math.max(1, Math.floor((w + gap) / (MIN_W + gap)));
  let last = { cols: 1, rows: n, cellW: MIN_W, cellH: MIN_H, gap };
  for (let cols = 1; cols <= maxCols; cols++) {
    const rows = Math.ceil(n / cols);
    const cellW = (w - gap * (cols - 1)) / cols;
    const cellH = Math.max(MIN_H, Math.min(cellW * TIDY_GRID.aspect, (h - gap * (rows - 1)) / rows));
    last = { cols, rows, cellW, cellH, gap };
    if (rows * cellH + gap * (rows - 1) <= h) return last;
  }
  return last;
}
