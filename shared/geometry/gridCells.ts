import type { CanvasLayout } from '../model/Template';

export interface Cell {
  col: number;
  row: number;
}

/** Grid cells no block covers, row by row. */
export function freeCells(layout: CanvasLayout): Cell[] {
  const out: Cell[] = [];
  for (let row = 1; row <= layout.grid.rowHeights.length; row++) {
    for (let col = 1; col <= layout.grid.cols; col++) {
      const covered = layout.blocks.some((b) => col >= b.col && col < b.col + b.colSpan && row >= b.row && row < b.row + b.rowSpan);
      if (!covered) out.push({ col, row });
    }
  }
  return out;
}

/** How far a block at `at` can stretch right and down over free cells. */
export function maxSpan(layout: CanvasLayout, at: Cell): { cols: number; rows: number } {
  const free = new Set(freeCells(layout).map((c) => `${c.col},${c.row}`));
  let cols = 0;
  while (free.has(`${at.col + cols},${at.row}`)) cols++;
  let rows = 0;
  const rowFree = (r: number) => Array.from({ length: cols }, (_, i) => free.has(`${at.col + i},${r}`)).every(Boolean);
  while (cols > 0 && rowFree(at.row + rows)) rows++;
  return { cols, rows };
}
