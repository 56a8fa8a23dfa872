import { z } from 'zod';
import { recordMigrations, type RecordProblem } from './recordMigrations';
import { workshopIdSchema, type WorkshopId } from './ids';
import { LIMITS } from './limits';
import { parseIsoDate } from '../i18n/buddhistDate';

const field = (name: string) => z.string().trim().max(LIMITS.title, `${name} is longer than ${LIMITS.title} characters`);

/** A calendar date kept as ISO yyyy-mm-dd (Gregorian); shown in the Buddhist era. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be yyyy-mm-dd')
  .refine((s) => parseIsoDate(s) !== null, 'date is not a real date');

/** What a facilitator types when creating or editing a workshop. */
export const workshopFieldsSchema = z.object({
  name: field('name').min(1, 'workshop name is empty'),
  group: field('community group').default(''),
  tambon: field('tambon').default(''),
  amphoe: field('amphoe').default(''),
  province: field('province').default(''),
  date: isoDateSchema,
  facilitator: field('facilitator').default(''),
});
export type WorkshopFields = z.infer<typeof workshopFieldsSchema>;

/** A change to some fields; no defaults, so fields left out stay as they are. */
export const workshopPatchSchema = z
  .object({
    name: field('name').min(1, 'workshop name is empty'),
    group: field('community group'),
    tambon: field('tambon'),
    amphoe: field('amphoe'),
    province: field('province'),
    date: isoDateSchema,
    facilitator: field('facilitator'),
  })
  .partial()
  .strict();

export const workshopSchema = workshopFieldsSchema.extend({
  id: workshopIdSchema,
  /** ISO timestamps. */
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workshop = Omit<z.infer<typeof workshopSchema>, 'id'> & { id: WorkshopId };

/** The list screen needs counts, not documents. */
export interface WorkshopSummary extends Workshop {
  boardCount: number;
  noteCount: number;
  stepsDone: number;
  damaged?: undefined;
}

/** A workshop whose own record cannot be used: listed so it can be seen and deleted, never opened. */
export interface DamagedWorkshop {
  id: WorkshopId;
  /** The stored name when it can still be read; '' otherwise. */
  name: string;
  updatedAt: string;
  damaged: RecordProblem;
}

/** One line of the workshop list. */
export type WorkshopListEntry = WorkshopSummary | DamagedWorkshop;

/**
 * How stored workshop records are brought up to this version's format. Append a step (next version,
 * a lasting name) when the format changes; never edit or remove a shipped one.
 */
export const workshopMigrations = recordMigrations('workshop', []);
