import { z } from 'zod';
import { boardPatchSchema, boardSchema } from '../model/Board';
import { idSchema } from '../model/ids';
import { notePatchSchema, noteSchema } from '../model/Note';
import { cellValueSchema, rowPatchSchema, rowSchema } from '../model/Row';
import { stepPatchSchema, stepStateSchema } from '../model/StepState';
import { workshopPatchSchema } from '../model/Workshop';

const removeOf = <T extends string>(type: T) => z.object({ type: z.literal(type), id: idSchema }).strict();

/**
 * The editing vocabulary. Every change to a workshop document is one of these: small, serialisable,
 * invertible. The same ops drive the screen, undo/redo, storage and (later) co-editing.
 * The schema validates an op arriving from outside (IPC, HTTP, a file); the type is read from it.
 */
export const opSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('board.add'), value: boardSchema }).strict(),
  removeOf('board.remove'),
  z.object({ type: z.literal('board.patch'), id: idSchema, patch: boardPatchSchema }).strict(),
  z.object({ type: z.literal('note.add'), value: noteSchema }).strict(),
  removeOf('note.remove'),
  z.object({ type: z.literal('note.patch'), id: idSchema, patch: notePatchSchema }).strict(),
  z.object({ type: z.literal('row.add'), value: rowSchema }).strict(),
  removeOf('row.remove'),
  z.object({ type: z.literal('row.patch'), id: idSchema, patch: rowPatchSchema }).strict(),
  /** One cell of a row (null or '' empties it), so two people editing two cells of a row both keep theirs. */
  z.object({ type: z.literal('row.cell'), id: idSchema, columnId: z.string().max(64), value: cellValueSchema.nullable() }).strict(),
  z.object({ type: z.literal('step.add'), value: stepStateSchema }).strict(),
  removeOf('step.remove'),
  z.object({ type: z.literal('step.patch'), id: idSchema, patch: stepPatchSchema }).strict(),
  z.object({ type: z.literal('workshop.patch'), patch: workshopPatchSchema }).strict(),
]);

export type Op = z.infer<typeof opSchema>;
export type OpType = Op['type'];
/** The op of one type, e.g. OpOf<'note.patch'>. */
export type OpOf<T extends OpType> = Extract<Op, { type: T }>;
