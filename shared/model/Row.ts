import { z } from 'zod';
import { recordMigrations } from './recordMigrations';
import { boardIdSchema, rowIdSchema, type BoardId, type RowId } from './ids';
import { LIMITS } from './limits';

/** A cell holds text (numbers and dates are typed text, checked by the column kind on edit). */
export const cellValueSchema = z.string().max(LIMITS.cellText, `cell text is longer than ${LIMITS.cellText} characters`);

export const rowSchema = z.object({
  id: rowIdSchema,
  boardId: boardIdSchema,
  /** Position in the table (ascending); fractional so a move touches one row. */
  order: z.number().finite(),
  /** Column id → cell text. Columns missing here are empty. */
  cells: z
    .record(z.string().max(64), cellValueSchema)
    .refine((c) => Object.keys(c).length <= LIMITS.cellsPerRow, `a row holds at most ${LIMITS.cellsPerRow} cells`),
});
export type Row = Omit<z.infer<typeof rowSchema>, 'id' | 'boardId'> & { id: RowId; boardId: BoardId };

export const rowPatchSchema = rowSchema.pick({ order: true, cells: true }).partial().strict();
export type RowPatch = Partial<Pick<Row, 'order' | 'cells'>>;

/**
 * How stored row records are brought up to this version's format. Append a step (next version,
 * a lasting name) when the format changes; never edit or remove a shipped one.
 */
export const rowMigrations = recordMigrations('row', []);
