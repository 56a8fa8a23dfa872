import { z } from 'zod';
import { recordMigrations } from './recordMigrations';
import { boardIdSchema, idSchema, type BoardId } from './ids';
import { layoutSchema, type Layout } from './Template';
import { LIMITS } from './limits';
import { boardVotesSchema } from './Votes';

export const boardSchema = z.object({
  id: boardIdSchema,
  /** The template it was made from; the layout below is the board's own copy. */
  templateId: idSchema,
  title: z.string().trim().min(1, 'board title is empty').max(LIMITS.title),
  layout: layoutSchema,
  /** Position in the workshop's board list (ascending). */
  order: z.number().finite(),
  createdAt: z.string(),
  /** The board's show-of-hands vote, if one was ever started (see Votes.ts). */
  votes: boardVotesSchema.nullable().optional(),
});
export type Board = Omit<z.infer<typeof boardSchema>, 'id' | 'layout'> & { id: BoardId; layout: Layout };

/** Fields a board.patch may change. */
export const boardPatchSchema = boardSchema.pick({ title: true, layout: true, order: true, votes: true }).partial().strict();
export type BoardPatch = Partial<Pick<Board, 'title' | 'layout' | 'order' | 'votes'>>;

/**
 * How stored board records are brought up to this version's format. Append a step (next version,
 * a lasting name) when the format changes; never edit or remove a shipped one.
 */
export const boardMigrations = recordMigrations('board', [
  {
    // Boards gain a show-of-hands vote; a board stored before has held none.
    name: 'AddBoardVotes',
    version: 2,
    up(record) {
      if (!('votes' in record)) record.votes = null;
    },
  },
]);
