import { blockRects, noteRect, placeNote } from '../geometry/boardGeometry';
import { newNoteId, type BoardId } from '../model/ids';
import { NOTE_SIZE, type Note, type NoteColor } from '../model/Note';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';

/** The z that puts a note on top of everything on its board. */
export function topZ(doc: WorkshopDoc, boardId: string): number {
  let z = 0;
  for (const n of Object.values(doc.notes)) if (n.boardId === boardId && n.z > z) z = n.z;
  return z + 1;
}

/** A new note with the text typed, where the person double-clicked (or the first free spot), on top. */
export function addNoteOps(
  doc: WorkshopDoc,
  a: { boardId: string; blockId: string | null; x: number; y: number; color: NoteColor; text: string; id?: string },
): Op[] {
  const note: Note = {
    id: (a.id ?? newNoteId()) as Note['id'],
    boardId: a.boardId as BoardId,
    blockId: a.blockId,
    x: a.x,
    y: a.y,
    w: NOTE_SIZE.w,
    h: NOTE_SIZE.h,
    text: a.text,
    color: a.color,
    z: topZ(doc, a.boardId),
  };
  return [{ type: 'note.add', value: note }];
}

/** The note's new text; nothing when it did not change. */
export function setNoteTextOps(doc: WorkshopDoc, a: { noteId: string; text: string }): Op[] {
  const note = doc.notes[a.noteId];
  return note && note.text !== a.text ? [{ type: 'note.patch', id: a.noteId, patch: { text: a.text } }] : [];
}

/** One colour for every note named that exists and has another colour. */
export function recolourNotesOps(doc: WorkshopDoc, a: { ids: readonly string[]; color: NoteColor }): Op[] {
  return a.ids
    .filter((id) => doc.notes[id] && doc.notes[id].color !== a.color)
    .map((id) => ({ type: 'note.patch', id, patch: { color: a.color } }));
}

/** Moves notes by (dx, dy) board units; each lands in the block under its centre, on top of the rest. */
export function moveNotesOps(doc: WorkshopDoc, a: { boardId: string; ids: readonly string[]; dx: number; dy: number }): Op[] {
  const board = doc.boards[a.boardId];
  if (!board || board.layout.kind !== 'canvas') return [];
  const layout = board.layout;
  const rects = blockRects(layout);
  let z = topZ(doc, board.id);
  const ops: Op[] = [];
  for (const id of a.ids) {
    const note = doc.notes[id];
    if (!note) continue;
    const r = noteRect(layout, note, rects);
    const place = placeNote(layout, { x: r.x + a.dx, y: r.y + a.dy }, note, rects);
    ops.push({ type: 'note.patch', id, patch: { ...place, z: z++ } });
  }
  return ops;
}

/** Copies of notes, offset a little so the copy is visibly new, on top of the rest. */
export function duplicateNotesOps(doc: WorkshopDoc, a: { ids: readonly string[] }): Op[] {
  const ops: Op[] = [];
  const zByBoard = new Map<string, number>();
  for (const id of a.ids) {
    const n = doc.notes[id];
    if (!n) continue;
    const z = zByBoard.get(n.boardId) ?? topZ(doc, n.boardId);
    zByBoard.set(n.boardId, z + 1);
    ops.push({ type: 'note.add', value: { ...n, id: newNoteId(), x: n.x + 24, y: n.y + 24, z } });
  }
  return ops;
}

export function deleteNotesOps(doc: WorkshopDoc, a: { ids: readonly string[] }): Op[] {
  return a.ids.filter((id) => doc.notes[id]).map((id) => ({ type: 'note.remove', id }));
}

/** Ids of the notes a batch adds, in order (to select what was just made). */
export function addedIds(ops: readonly Op[]): string[] {
  return ops.flatMap((o) => (o.type.endsWith('.add') && 'value' in o && o.value && typeof o.value === 'object' ? [o.value.id] : []));
}

/** Bounds of a note's size (the note schema's). */
export const NOTE_MIN = { w: 40, h: 30 } as const;
export const NOTE_MAX = { w: 2000, h: 2000 } as const;

/** A note's new size, kept within the note limits and within its block; nothing when unchanged. */
export function resizeNoteOps(doc: WorkshopDoc, a: { noteId: string; w: number; h: number }): Op[] {
  const note = doc.notes[a.noteId];
  const board = note ? doc.boards[note.boardId] : undefined;
  if (!note || !board || board.layout.kind !== 'canvas') return [];
  const area = note.blockId === null ? null : blockRects(board.layout).find((r) => r.id === note.blockId);
  const maxW = Math.min(NOTE_MAX.w, area ? Math.max(NOTE_MIN.w, area.w - note.x) : NOTE_MAX.w);
  const maxH = Math.min(NOTE_MAX.h, area ? Math.max(NOTE_MIN.h, area.h - note.y) : NOTE_MAX.h);
  const w = Math.round(Math.min(maxW, Math.max(NOTE_MIN.w, a.w)));
  const h = Math.round(Math.min(maxH, Math.max(NOTE_MIN.h, a.h)));
  return w === note.w && h === note.h ? [] : [{ type: 'note.patch', id: a.noteId, patch: { w, h } }];
}
