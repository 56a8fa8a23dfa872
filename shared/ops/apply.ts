import type { Board } from '../model/Board';
import { LIMITS } from '../model/limits';
import type { Note } from '../model/Note';
import type { Row } from '../model/Row';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import { validateLayout } from '../geometry/validateLayout';
import type { Op } from './Op';
import { OpError } from './OpError';

type Collection = 'boards' | 'notes' | 'rows' | 'steps';

/** Which collection an op's type acts on. */
export function collectionOf(type: Op['type']): Collection | null {
  const kind = type.slice(0, type.indexOf('.'));
  switch (kind) {
    case 'board': return 'boards';
    case 'note': return 'notes';
    case 'row': return 'rows';
    case 'step': return 'steps';
    default: return null;
  }
}

/**
 * Applies one op and returns the new document; the input is never mutated.
 * Throws OpError when the op does not fit the document (a missing id, a note in a block that
 * does not exist, a board removed while notes still sit on it).
 */
export function apply(doc: WorkshopDoc, op: Op): WorkshopDoc {
  switch (op.type) {
    case 'workshop.patch':
      return { ...doc, workshop: { ...doc.workshop, ...op.patch } };
    case 'board.add':
      checkLayout(op.value);
      return add(doc, 'boards', op.value.id, op.value);
    case 'board.remove':
      checkBoardEmpty(doc, op.id);
      return remove(doc, 'boards', op.id);
    case 'board.patch': {
      const next = { ...need(doc, 'boards', op.id), ...op.patch } as Board;
      if (op.patch.layout) {
        if (op.patch.layout.kind !== need(doc, 'boards', op.id).layout.kind) {
          throw new OpError(`board "${op.id}" cannot change from a ${need(doc, 'boards', op.id).layout.kind} to a ${op.patch.layout.kind}`);
        }
        checkLayout(next);
        checkNotesStillPlaced(doc, next);
      }
      return put(doc, 'boards', op.id, next);
    }
    case 'note.add':
      checkNote(doc, op.value);
      return add(doc, 'notes', op.value.id, op.value);
    case 'note.remove':
      return remove(doc, 'notes', op.id);
    case 'note.patch': {
      const next = { ...need(doc, 'notes', op.id), ...op.patch } as Note;
      checkNote(doc, next);
      return put(doc, 'notes', op.id, next);
    }
    case 'row.add':
      checkRow(doc, op.value);
      return add(doc, 'rows', op.value.id, op.value);
    case 'row.remove':
      return remove(doc, 'rows', op.id);
    case 'row.patch':
      return put(doc, 'rows', op.id, { ...need(doc, 'rows', op.id), ...op.patch });
    case 'step.add':
      return add(doc, 'steps', op.value.id, op.value);
    case 'step.remove':
      return remove(doc, 'steps', op.id);
    case 'step.patch':
      return put(doc, 'steps', op.id, { ...need(doc, 'steps', op.id), ...op.patch });
  }
}

/** Applies a batch in order; on failure nothing is returned and the error names the op's index. */
export function applyAll(doc: WorkshopDoc, ops: readonly Op[]): WorkshopDoc {
  let next = doc;
  ops.forEach((op, i) => {
    try {
      next = apply(next, op);
    } catch (e) {
      if (e instanceof OpError) throw new OpError(e.message, i);
      throw e;
    }
  });
  return next;
}

function need<C extends Collection>(doc: WorkshopDoc, c: C, id: string): WorkshopDoc[C][string] {
  const v = doc[c][id];
  if (v === undefined) throw new OpError(`${c.slice(0, -1)} "${id}" does not exist`);
  return v as WorkshopDoc[C][string];
}

function add<C extends Collection>(doc: WorkshopDoc, c: C, id: string, value: WorkshopDoc[C][string]): WorkshopDoc {
  if (doc[c][id] !== undefined) throw new OpError(`${c.slice(0, -1)} "${id}" already exists`);
  return put(doc, c, id, value);
}

function put<C extends Collection>(doc: WorkshopDoc, c: C, id: string, value: WorkshopDoc[C][string]): WorkshopDoc {
  return { ...doc, [c]: { ...doc[c], [id]: value } };
}

function remove<C extends Collection>(doc: WorkshopDoc, c: C, id: string): WorkshopDoc {
  need(doc, c, id);
  const rest = { ...doc[c] };
  delete rest[id];
  return { ...doc, [c]: rest };
}

function checkLayout(board: Board): void {
  const problems = validateLayout(board.layout);
  if (problems.length > 0) throw new OpError(`board "${board.title}": ${problems.join('; ')}`);
}

function checkBoardEmpty(doc: WorkshopDoc, boardId: string): void {
  need(doc, 'boards', boardId);
  const holds = (r: { boardId: string }) => r.boardId === boardId;
  if (Object.values(doc.notes).some(holds) || Object.values(doc.rows).some(holds)) {
    throw new OpError(`board "${boardId}" still holds notes or rows; remove them first`);
  }
}

function checkNote(doc: WorkshopDoc, note: Note): void {
  const board = need(doc, 'boards', note.boardId);
  if (board.layout.kind !== 'canvas') throw new OpError(`board "${board.title}" is a table and holds no notes`);
  if (note.blockId !== null && !board.layout.blocks.some((b) => b.id === note.blockId)) {
    throw new OpError(`block "${note.blockId}" does not exist on board "${board.title}"`);
  }
  if (note.text.length > LIMITS.noteText) {
    throw new OpError(`note text is longer than ${LIMITS.noteText} characters`);
  }
}

function checkNotesStillPlaced(doc: WorkshopDoc, board: Board): void {
  if (board.layout.kind !== 'canvas') return;
  const ids = new Set(board.layout.blocks.map((b) => b.id));
  const stranded = Object.values(doc.notes).filter(
    (n) => n.boardId === board.id && n.blockId !== null && !ids.has(n.blockId),
  );
  if (stranded.length > 0) {
    throw new OpError(`${stranded.length} note(s) would lose their block; move them to the unplaced tray first`);
  }
}

function checkRow(doc: WorkshopDoc, row: Row): void {
  const board = need(doc, 'boards', row.boardId);
  if (board.layout.kind !== 'table') throw new OpError(`board "${board.title}" is a canvas and holds no rows`);
}
