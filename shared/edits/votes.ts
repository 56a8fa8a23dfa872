import type { BoardVotes } from '../model/Votes';
import { LIMITS } from '../model/limits';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';

function votesOf(doc: WorkshopDoc, boardId: string): BoardVotes | null {
  return doc.boards[boardId]?.votes ?? null;
}

/** Opens a vote on a canvas board; a closed one is reopened with its counts, an open one is left. */
export function startVoteOps(doc: WorkshopDoc, a: { boardId: string; fresh?: boolean }): Op[] {
  const board = doc.boards[a.boardId];
  if (!board || board.layout.kind !== 'canvas') return [];
  const v = votesOf(doc, a.boardId);
  if (v?.open && !a.fresh) return [];
  const counts = a.fresh || !v ? {} : v.counts;
  return [{ type: 'board.patch', id: a.boardId, patch: { votes: { open: true, counts } } }];
}

/** Sets a note's count in the open vote (0 removes its dots); nothing when no vote is open or nothing changes. */
export function setVoteCountOps(doc: WorkshopDoc, a: { boardId: string; noteId: string; count: number }): Op[] {
  const v = votesOf(doc, a.boardId);
  const note = doc.notes[a.noteId];
  if (!v?.open || !note || note.boardId !== a.boardId) return [];
  const count = Math.max(0, Math.min(LIMITS.votesPerNote, Math.round(a.count)));
  if ((v.counts[a.noteId] ?? 0) === count) return [];
  const counts = { ...v.counts };
  if (count === 0) delete counts[a.noteId];
  else counts[a.noteId] = count;
  return [{ type: 'board.patch', id: a.boardId, patch: { votes: { open: true, counts } } }];
}

/** One more dot on a note (a raised hand counted). */
export function addVoteOps(doc: WorkshopDoc, a: { boardId: string; noteId: string }): Op[] {
  const current = votesOf(doc, a.boardId)?.counts[a.noteId] ?? 0;
  return setVoteCountOps(doc, { ...a, count: current + 1 });
}

/** Closes the open vote; its counts stay on the board and in print. */
export function closeVoteOps(doc: WorkshopDoc, a: { boardId: string }): Op[] {
  const v = votesOf(doc, a.boardId);
  if (!v?.open) return [];
  return [{ type: 'board.patch', id: a.boardId, patch: { votes: { open: false, counts: v.counts } } }];
}

/** Removes the vote and its dots. */
export function clearVoteOps(doc: WorkshopDoc, a: { boardId: string }): Op[] {
  return votesOf(doc, a.boardId) ? [{ type: 'board.patch', id: a.boardId, patch: { votes: null } }] : [];
}
