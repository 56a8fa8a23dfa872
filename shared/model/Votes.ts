import { z } from 'zod';
import { idSchema } from './ids';
import { LIMITS } from './limits';

/**
 * A show-of-hands vote on one board: dots counted per note. Stored on the board record and changed
 * only by board.patch, so starting, counting, closing and undoing a vote are ordinary ops.
 */
export const boardVotesSchema = z
  .object({
    /** True while the facilitator is counting; a closed vote keeps its counts and shows them. */
    open: z.boolean(),
    /** Dots per note id; a note without dots is left out. Notes removed later are ignored when shown. */
    counts: z.record(idSchema, z.number().int().min(1).max(LIMITS.votesPerNote, `more than ${LIMITS.votesPerNote} votes on one note`)),
  })
  .strict();
export type BoardVotes = z.infer<typeof boardVotesSchema>;

/** Notes ranked by their dots, most first; ties keep the order given (the board's z order). */
export function rankVotes<T extends { id: string }>(
  votes: BoardVotes | null | undefined,
  notes: readonly T[],
): { note: T; count: number }[] {
  if (!votes) return [];
  return notes
    .map((note) => ({ note, count: votes.counts[note.id] ?? 0 }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}
