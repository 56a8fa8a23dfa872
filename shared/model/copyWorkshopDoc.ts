import { newBoardId, newNoteId, newRowId, newWorkshopId, type BoardId } from './ids';
import type { Board } from './Board';
import type { Note } from './Note';
import type { Row } from './Row';
import type { WorkshopDoc } from './WorkshopDoc';

/**
 * The same workshop under fresh ids (workshop, boards, notes, rows), with references between them
 * remapped, so it can sit beside the original without touching it. Step states keep their ids:
 * those name steps of the process, not records. A board's vote counts follow their notes' new ids.
 */
export function copyWorkshopDoc(doc: WorkshopDoc, opts: { name: string; now: string }): WorkshopDoc {
  const boardIds = new Map<string, BoardId>(Object.keys(doc.boards).map((id) => [id, newBoardId()]));
  const boardOf = (id: string): BoardId => {
    const mapped = boardIds.get(id);
    if (!mapped) throw new Error(`record refers to board "${id}", which is not in the workshop`);
    return mapped;
  };
  const noteIds = new Map<string, string>();
  const notes: Record<string, Note> = {};
  for (const n of Object.values(doc.notes)) {
    const id = newNoteId();
    noteIds.set(n.id, id);
    notes[id] = { ...n, id, boardId: boardOf(n.boardId) };
  }
  const boards: Record<string, Board> = {};
  for (const b of Object.values(doc.boards)) {
    const id = boardOf(b.id);
    boards[id] = b.votes ? { ...b, id, votes: { open: b.votes.open, counts: remapCounts(b.votes.counts, noteIds) } } : { ...b, id };
  }
  const rows: Record<string, Row> = {};
  for (const r of Object.values(doc.rows)) {
    const id = newRowId();
    rows[id] = { ...r, id, boardId: boardOf(r.boardId), cells: { ...r.cells } };
  }
  return {
    workshop: { ...doc.workshop, id: newWorkshopId(), name: opts.name, createdAt: opts.now, updatedAt: opts.now },
    boards,
    notes,
    rows,
    steps: structuredClone(doc.steps),
  };
}

/** Vote counts under the notes' new ids; counts for notes no longer in the workshop are dropped. */
function remapCounts(counts: Record<string, number>, noteIds: ReadonlyMap<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, n] of Object.entries(counts)) {
    const mapped = noteIds.get(id);
    if (mapped) out[mapped] = n;
  }
  return out;
}
