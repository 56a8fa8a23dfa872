import { layoutProblems } from '../../../shared/geometry/validateLayout';
import type { Message } from '../../../shared/i18n';
import { freeSpot } from '../../../shared/geometry/freeSpot';
import type { Board } from '../../../shared/model/Board';
import type { Note } from '../../../shared/model/Note';
import type { BlockDef, CanvasLayout } from '../../../shared/model/Template';
import type { WorkshopDoc } from '../../../shared/model/WorkshopDoc';
import type { Op } from '../../../shared/ops';

export type CanvasBoard = Board & { layout: CanvasLayout };
export interface Cell { col: number; row: number }
/** Either the ops to commit, or the problems that stop the edit, in words a person can fix. */
export type Edit = { ok: true; ops: Op[] } | { ok: false; problems: Message[] };

/** The block as it will be with `patch` applied, checked against the rest of the layout. */
export function editBlock(board: CanvasBoard, blockId: string, patch: Partial<Omit<BlockDef, 'id'>>): Edit {
  const blocks = board.layout.blocks.map((b) => (b.id === blockId ? { ...b, ...patch } : b));
  return layoutEdit(board, { ...board.layout, blocks });
}

/**
 * Removes a block. Its notes go to the unplaced tray in the same batch, before the layout changes,
 * so the whole thing is one undo step and no note is ever deleted or left without a place.
 */
export function removeBlock(doc: WorkshopDoc, board: CanvasBoard, blockId: string): Edit {
  if (board.layout.blocks.length <= 1) return { ok: false, problems: [{ key: 'layout.needsBlock' }] };
  const layout = { ...board.layout, blocks: board.layout.blocks.filter((b) => b.id !== blockId) };
  const tray: Note[] = Object.values(doc.notes).filter((n) => n.boardId === board.id && n.blockId === null);
  const moves: Op[] = [];
  for (const n of notesIn(doc, board.id, blockId)) {
    const spot = freeSpot(board.layout, null, tray, n.w, n.h);
    tray.push({ ...n, blockId: null, ...spot });
    // w, h and color ride along: the host's zod 4 patch schema would otherwise fill in their defaults.
    moves.push({ type: 'note.patch', id: n.id, patch: { blockId: null, x: spot.x, y: spot.y, w: n.w, h: n.h, color: n.color } });
  }
  const edit = layoutEdit(board, layout);
  return edit.ok ? { ok: true, ops: [...moves, ...edit.ops] } : edit;
}

/** A new block on free grid cells; with no free cell, a new grid row is added below for it. */
export function addBlock(board: CanvasBoard, block: Omit<BlockDef, 'id'>, id = newBlockId(board.layout)): Edit {
  return layoutEdit(board, { ...board.layout, blocks: [...board.layout.blocks, { ...block, id }] });
}

/** The layout grown by one row at the bottom, and the block that fills it. */
export function withNewRow(layout: CanvasLayout, label_th: string): { layout: CanvasLayout; block: Omit<BlockDef, 'id'> } {
  const row = layout.grid.rowHeights.length + 1;
  return {
    layout: { ...layout, grid: { ...layout.grid, rowHeights: [...layout.grid.rowHeights, 0.6] } },
    block: blankBlock(label_th, { col: 1, row }, layout.grid.cols, 1),
  };
}

export function blankBlock(label_th: string, at: Cell, colSpan = 1, rowSpan = 1): Omit<BlockDef, 'id'> {
  return { label_th, label_en: '', ...at, colSpan, rowSpan, questions_th: [], questions_en: [], provenance: 'proposal' };
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

export function notesIn(doc: WorkshopDoc, boardId: string, blockId: string): Note[] {
  return Object.values(doc.notes).filter((n) => n.boardId === boardId && n.blockId === blockId);
}

function layoutEdit(board: CanvasBoard, layout: CanvasLayout): Edit {
  const problems = layoutProblems(layout);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, ops: [{ type: 'board.patch', id: board.id, patch: { layout } }] };
}

function newBlockId(layout: CanvasLayout): string {
  const ids = new Set(layout.blocks.map((b) => b.id));
  let n = layout.blocks.length + 1;
  while (ids.has(`block${n}`)) n++;
  return `block${n}`;
}
