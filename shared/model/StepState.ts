import { z } from 'zod';
import { recordMigrations } from './recordMigrations';
import { idSchema } from './ids';
import { LIMITS } from './limits';

export const STEP_STATUSES = ['todo', 'doing', 'done'] as const;
export const stepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof stepStatusSchema>;

/** What a workshop has recorded for one step of the process. */
export const stepStateSchema = z.object({
  /** The step's id in the process definition. */
  id: idSchema,
  status: stepStatusSchema.default('todo'),
  /** Ids of the step's outputs that are ticked. */
  checked: z.array(idSchema).max(100).default([]),
  /** The facilitator's own notes for the step. */
  notes: z.string().max(LIMITS.longText, `notes are longer than ${LIMITS.longText} characters`).default(''),
});
export type StepState = z.infer<typeof stepStateSchema>;

/** Built without defaults, so a patch of one field leaves the others as they are (see notePatchSchema). */
export const stepPatchSchema = z
  .object({
    status: stepStatusSchema,
    checked: z.array(idSchema).max(100),
    notes: z.string().max(LIMITS.longText, `notes are longer than ${LIMITS.longText} characters`),
  })
  .partial()
  .strict();
export type StepPatch = z.infer<typeof stepPatchSchema>;

export const emptyStepState = (id: string): StepState => ({ id, status: 'todo', checked: [], notes: '' });

/**
 * How stored step records are brought up to this version's format. Append a step (next version,
 * a lasting name) when the format changes; never edit or remove a shipped one.
 */
export const stepMigrations = recordMigrations('step', []);
