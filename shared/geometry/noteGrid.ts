/** Notes in the order a reader meets them in a block: top to bottom, then left to right. */
export const byReadingOrder = (a: NoteLike, b: NoteLike): number => a.y - b.y || a.x - b.x || a.z - b.z || (a.id < b.id ? -1 : 1);
interface NoteLike {
  id: string;
  x: number;
  y: number;
  z: number;
}

/** How notes are tiled inside a block (on paper, and on screen by Tidy). */
export interface NoteGrid {
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
  /** Notes drawn as boxes (in order); the rest are counted in a "+N more" slot. */
  shown: number;
  /** Notes not drawn in the block (0 when all fit). */
  more: number;
}

export interface GridOptions {
  gap: number;
  minW: number;
  maxW: number;
  /** Note height as a fraction of its width. */
  aspect: number;
}

/**
 * A tidy flow grid: the largest note size (up to maxW) at which all n notes fit in w × h, never
 * below minW. When even the minimum size does not hold them all, the last cell is kept for a
 * "+N more" mark and the rest are left to the note list. Cells never overlap and never leave
 * the area.
 */
export function flowGrid(n: number, w: number, h: number, o: GridOptions): NoteGrid {
  const none: NoteGrid = { cols: 0, rows: 0, cellW: 0, cellH: 0, shown: 0, more: n };
  if (n <= 0) return { ...none, more: 0 };
  if (w < o.minW || h < o.minW * o.aspect) return none;
  const maxCols = Math.max(1, Math.floor((w + o.gap) / (o.minW + o.gap)));
  for (let cols = 1; cols <= maxCols; cols++) {
    const cellW = Math.min(o.maxW, (w - o.gap * (cols - 1)) / cols);
    const cellH = cellW * o.aspect;
    const rows = Math.floor((h + o.gap) / (cellH + o.gap));
    if (cols * rows >= n) {
      // At the largest size, spread across the width rather than stacking in one column.
      const wide = Math.min(n, cellW >= o.maxW ? Math.max(cols, Math.floor((w + o.gap) / (o.maxW + o.gap))) : cols);
      return { cols: wide, rows: Math.ceil(n / wide), cellW, cellH, shown: n, more: 0 };
    }
  }
  // Not all fit: smallest notes, as many as the area holds.
  const cols = maxCols;
  const cellW = Math.min(o.maxW, (w - o.gap * (cols - 1)) / cols);
  const cellH = cellW * o.aspect;
  const rows = Math.max(0, Math.floor((h + o.gap) / (cellH + o.gap)));
  const capacity = cols * rows;
  if (capacity === 0) return none;
  const shown = Math.min(n, capacity - 1);
  return { cols, rows, cellW, cellH, shown, more: n - shown };
}

/** Top-left of cell i (row-major). */
export function cellAt(
  g: Pick<NoteGrid, 'cols' | 'cellW' | 'cellH'>,
  i: number,
  x: number,
  y: number,
  gap: number,
): { x: number; y: number } {
  const c = i % g.cols;
  const r = Math.floor(i / g.cols);
  return { x: x + c * (g.cellW + gap), y: y + r * (g.cellH + gap) };
}
