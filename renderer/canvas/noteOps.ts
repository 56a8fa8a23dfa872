import type { Board } from '../../shared/model/Board';
import { newNoteId } from '../../shared/model/ids';
import type { Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { blockRects, noteRect, placeNote } from '../../shared/geometry/boardGeometry';
import type { Op } from '../../shared/ops';

/** The z that puts a note on top of everything on its board. */
export function topZ(doc: WorkshopDoc, boardId: string): number {
  let z = 0;
  for (const n of Object.values(doc.notes)) if (n.boardId === boardId && n.z > z) z = n.z;
  return z + 1;
}

/** Ops that move notes by (dx, dy) board units; each lands in the block under its centre. */
export function moveNotesOps(doc: WorkshopDoc, board: Board & { layout: CanvasLayout }, ids: readonly string[], dx: number, dy: number): Op[] {
  const rects = blockRects(board.layout);
  let z = topZ(doc, board.id);
  const ops: Op[] = [];
  for (const id of ids) {
    const note = doc.notes[id];
    if (!note) continue;
    const r = noteRect(board.layout, note, rects);
    const place = placeNote(board.layout, { x: r.x + dx, y: r.y + dy }, note, rects);
    ops.push({ type: 'note.patch', id, patch: { ...place, z: z++ } });
  }
  return ops;
}

/** Copies of notes, offset a little so the copy is visibly new, on top of the rest. */
export function duplicateNotesOps(doc: WorkshopDoc, ids: readonly string[]): { ops: Op[]; newIds: string[] } {
  const ops: Op[] = [];
  const newIds: string[] = [];
  const zByBoard = new Map<string, number>();
  for (const id of ids) {
    const n = doc.notes[id];
    if (!n) continue;
    const z = zByBoard.get(n.boardId) ?? topZ(doc, n.boardId);
    zByBoard.set(n.boardId, z + 1);
    const copy: Note = { ...n, id: newNoteId(), x: n.x + 24, y: n.y + 24, z };
    ops.push({ type: 'note.add', value: copy });
    newIds.push(copy.id);
  }
  return { ops, newIds };
}

export function deleteNotesOps(ids: readonly string[]): Op[] {
  return ids.map((id) => ({ type: 'note.remove', id }));
}
