import { BOARD_WIDTH, boardSize, originOf, TRAY_GAP, TRAY_HEIGHT } from '../geometry/boardGeometry';
import type { Board } from '../model/Board';
import { LIMITS } from '../model/limits';
import type { Note } from '../model/Note';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from './Op';
import { OpError } from './OpError';

/** The document as a batch left it, read record by record (the batch may not be written out yet). */
export interface AfterBatch {
  note(id: string): Note | undefined;
  board(id: string): Board | undefined;
}

/** Board id → how many notes it holds. Kept by the caller between batches so a check costs O(ops). */
export type NoteCounts = ReadonlyMap<string, number>;

/** Counts every board's notes once (O(notes)), when a document is first checked. */
export function countNotes(doc: WorkshopDoc): NoteCounts {
  const counts = new Map<string, number>();
  for (const n of Object.values(doc.notes)) counts.set(n.boardId, (counts.get(n.boardId) ?? 0) + 1);
  return counts;
}

/**
 * The limits that need the document, checked on a batch that applied cleanly (`after` reads the
 * document as the batch left it; `before` is as it was) before it is stored: notes per board, and each placed note within its
 * board. Costs O(ops): nothing scans the whole document. Returns the counts for `after`;
 * throws an OpError naming the op that breaks a limit.
 */
export function checkLimits(before: WorkshopDoc, after: AfterBatch, ops: readonly Op[], counts: NoteCounts): NoteCounts {
  const delta = new Map<string, number>();
  const addedHere = new Map<string, string>();
  const lastGrowth = new Map<string, number>();
  ops.forEach((op, i) => {
    if (op.type === 'note.add') {
      addedHere.set(op.value.id, op.value.boardId);
      delta.set(op.value.boardId, (delta.get(op.value.boardId) ?? 0) + 1);
      lastGrowth.set(op.value.boardId, i);
      checkOnBoard(after, op.value, i);
    } else if (op.type === 'note.remove') {
      const boardId = before.notes[op.id]?.boardId ?? addedHere.get(op.id);
      if (boardId !== undefined) delta.set(boardId, (delta.get(boardId) ?? 0) - 1);
    } else if (op.type === 'note.patch' && ('x' in op.patch || 'y' in op.patch || 'blockId' in op.patch)) {
      const note = after.note(op.id);
      if (note) checkOnBoard(after, note, i);
    }
  });
  if (delta.size === 0) return counts;
  const next = new Map(counts);
  for (const [boardId, d] of delta) {
    const total = (counts.get(boardId) ?? 0) + d;
    if (d > 0 && total > LIMITS.notesPerBoard) {
      const title = after.board(boardId)?.title ?? boardId;
      throw new OpError('hostTooManyNotes', { board: title, limit: LIMITS.notesPerBoard.toLocaleString('en-US') }, lastGrowth.get(boardId));
    }
    next.set(boardId, total);
  }
  return next;
}

/**
 * A note's top-left must lie on its board or within one board's size around it: a note dragged a
 * little off the edge is kept (and drawn clamped into its block), a position no screen can show is not.
 */
function checkOnBoard(doc: AfterBatch, note: Note, index: number): void {
  const board = doc.board(note.boardId);
  if (!board || board.layout.kind !== 'canvas') return; // apply() already refused these
  const w = BOARD_WIDTH;
  const h = boardSize(board.layout).h + TRAY_GAP + TRAY_HEIGHT;
  const o = originOf(board.layout, note.blockId);
  const x = o.x + note.x;
  const y = o.y + note.y;
  if (x < -w || x > 2 * w || y < -h || y > 2 * h) {
    throw new OpError('hostNoteOffBoard', { note: note.id, board: board.title }, index);
  }
}
