import { z } from 'zod';
import { boardPatchSchema, boardSchema, type Board, type BoardPatch } from '../model/Board';
import { idSchema } from '../model/ids';
import { notePatchSchema, noteSchema, type Note, type NotePatch } from '../model/Note';
import { rowPatchSchema, rowSchema, type Row, type RowPatch } from '../model/Row';
import { stepPatchSchema, stepStateSchema, type StepPatch, type StepState } from '../model/StepState';
import { workshopPatchSchema, type WorkshopFields } from '../model/Workshop';

/**
 * The editing vocabulary. Every change to a workshop document is one of these: small, serialisable,
 * invertible. The same ops drive the screen, undo/redo, storage and (later) co-editing.
 */
export type Op =
  | { type: 'board.add'; value: Board }
  | { type: 'board.remove'; id: string }
  | { type: 'board.patch'; id: string; patch: BoardPatch }
  | { type: 'note.add'; value: Note }
  | { type: 'note.remove'; id: string }
  | { type: 'note.patch'; id: string; patch: NotePatch }
  | { type: 'row.add'; value: Row }
  | { type: 'row.remove'; id: string }
  | { type: 'row.patch'; id: string; patch: RowPatch }
  | { type: 'step.add'; value: StepState }
  | { type: 'step.remove'; id: string }
  | { type: 'step.patch'; id: string; patch: StepPatch }
  | { type: 'workshop.patch'; patch: Partial<WorkshopFields> };

export type OpType = Op['type'];

const removeOf = <T extends string>(type: T) => z.object({ type: z.literal(type), id: idSchema }).strict();

/** Validates an op arriving from outside (IPC, HTTP, a file). */
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
  z.object({ type: z.literal('step.add'), value: stepStateSchema }).strict(),
  removeOf('step.remove'),
  z.object({ type: z.literal('step.patch'), id: idSchema, patch: stepPatchSchema }).strict(),
  z.object({ type: z.literal('workshop.patch'), patch: workshopPatchSchema }).strict(),
]) as unknown as z.ZodType<Op>;
