import { z } from 'zod';
import { workshopIdSchema } from '../model/ids';
import type { Workshop } from '../model/Workshop';

/** One backup file as the Backups screen lists it. */
export interface BackupInfo {
  name: string;
  /** ISO time it was made (from its name; for a file someone put in the folder, its modification time). */
  at: string;
  /** start | auto | quit | manual | before-restore; null for a file someone put in the folder. */
  reason: string | null;
  size: number;
  workshops: number;
  notes: number;
}

/** A backup that failed its check: deleted when it was one of ours, left alone otherwise. */
export interface BackupProblem {
  name: string;
  problem: string;
  deleted: boolean;
}

export interface RecoveryInfo {
  kind: 'damaged' | 'missing';
  reason: string;
  movedTo: string[];
}

export interface BackupWorkshop {
  id: string;
  name: string;
  group: string;
  date: string;
  boardCount: number;
  noteCount: number;
}

/** A file name in the backups folder: no folders, so a request cannot reach outside it. */
export const backupNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.sqlite$/, 'not the name of a backup file');

const empty = z.object({}).strict();
const byName = z.object({ name: backupNameSchema }).strict();

interface Channel<Req extends z.ZodType, Res> {
  request: Req;
  response?: Res;
}
const channel =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): Channel<Req, Res> => ({ request });

/** The Backups screen's channels; part of the one contract (contract.ts). */
export const backupChannels = {
  /** The app's state at start: null, or why it waits for a backup to be chosen. */
  'backups.status': channel<{ recovery: RecoveryInfo | null; folder: string }>()(empty),
  'backups.list': channel<{ backups: BackupInfo[]; problems: BackupProblem[]; folder: string }>()(empty),
  'backups.create': channel<BackupInfo>()(empty),
  /** Replaces the whole database with a backup; the current one is backed up first. */
  'backups.restore': channel<{ restored: string; safetyCopy: string | null; workshops: number }>()(byName),
  'backups.workshops': channel<BackupWorkshop[]>()(byName),
  /** Adds one workshop from a backup as a new copy (new ids); nothing else changes. */
  'backups.restoreWorkshop': channel<Workshop>()(
    z.object({ name: backupNameSchema, workshopId: workshopIdSchema, lang: z.enum(['th', 'en']) }).strict(),
  ),
  /** In recovery only, and only when asked: carry on with a new, empty database. */
  'backups.startEmpty': channel<{ started: true }>()(empty),
} as const;
