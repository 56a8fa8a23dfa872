import { freeSpot } from '../geometry/freeSpot';
import type { Cell } from '../geometry/gridCells';
import { layoutProblems } from '../geometry/validateLayout';
import type { Message } from '../i18n';
import type { Board } from '../model/Board';
import type { Note } from '../model/Note';
import type { BlockDef, CanvasLayout } from '../model/Template';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';

export type CanvasBoard = Board & { layout: CanvasLayout };
/** Either the ops to commit, or the problems that stop the edit, in words a person can fix. */
export type Edit = { ok: true; ops: Op[] } | { ok: false; problems: Message[] };

/** The block as it will be with `patch` applied, checked against the rest of the layout. */
export function editBlockOps(doc: WorkshopDoc, a: { boardId: string; blockId: string; patch: Partial<Omit<BlockDef, 'id'>> }): Edit {
  const board = canvasBoard(doc, a.boardId);
  if (!board) return noBoard;
  const blocks = board.layout.blocks.map((b) => (b.id === a.blockId ? { ...b, ...a.patch } : b));
  return layoutEdit(board, { ...board.layout, blocks });
}

/**
 * Removes a block. Its notes go to the unplaced tray in the same batch, before the layout changes,
 * so the whole thing is one undo step and no note is ever deleted or left without a place.
 */
export function removeBlockOps(doc: WorkshopDoc, a: { boardId: string; blockId: string }): Edit {
  const board = canvasBoard(doc, a.boardId);
  if (!board) return noBoard;
  if (board.layout.blocks.length <= 1) return { ok: false, problems: [{ key: 'layout.needsBlock' }] };
  const layout = { ...board.layout, blocks: board.layout.blocks.filter((b) => b.id !== a.blockId) };
  const tray: Note[] = Object.values(doc.notes).filter((n) => n.boardId === board.id && n.blockId === null);
  const moves: Op[] = [];
  for (const n of notesIn(doc, board.id, a.blockId)) {
    const spot = freeSpot(board.layout, null, tray, n.w, n.h);
    tray.push({ ...n, blockId: null, ...spot });
    moves.push({ type: 'note.patch', id: n.id, patch: { blockId: null, x: spot.x, y: spot.y } });
  }
  const edit = layoutEdit(board, layout);
  return edit.ok ? { ok: true, ops: [...moves, ...edit.ops] } : edit;
}

/**
 * A new block on free grid cells (`at`), or, with no free cell, on a new grid row added below
 * and filling it.
 */
export function addBlockOps(
  doc: WorkshopDoc,
  a: { boardId: string; label_th: string; at: Cell | null; colSpan?: number; rowSpan?: number; id?: string },
): Edit {
  const board = canvasBoard(doc, a.boardId);
  if (!board) return noBoard;
  const { layout, block } = a.at
    ? { layout: board.layout, block: blankBlock(a.label_th, a.at, a.colSpan, a.rowSpan) }
    : withNewRow(board.layout, a.label_th);
  const id = a.id ?? newBlockId(layout);
  return layoutEdit(board, { ...layout, blocks: [...layout.blocks, { ...block, id }] });
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

export function notesIn(doc: WorkshopDoc, boardId: string, blockId: string): Note[] {
  return Object.values(doc.notes).filter((n) => n.boardId === boardId && n.blockId === blockId);
}

const noBoard: Edit = { ok: false, problems: [{ key: 'layout.notCanvas' }] };

function canvasBoard(doc: WorkshopDoc, boardId: string): CanvasBoard | undefined {
  const b = doc.boards[boardId];
  return b && b.layout.kind === 'canvas' ? (b as CanvasBoard) : undefined;
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
