import type { MessagePort } from 'node:worker_threads';
import type { BackupContents } from './sqliteFile';
import type { BackupReason } from './backupFiles';

/** Work done in the backup worker, off the thread that answers the app's requests. */
export type BackupJob =
  | { kind: 'backup'; source: string; dir: string; reason: BackupReason; at: string }
  | { kind: 'check'; file: string }
  | { kind: 'inspect'; files: string[] }
  | { kind: 'workshops'; file: string }
  | { kind: 'readWorkshop'; file: string; id: string }
  | { kind: 'copyFile'; from: string; to: string };

export interface BackupMade {
  name: string;
  contents: BackupContents;
  size: number;
}

/** A backup that failed its check: it was deleted (ours) or left alone (a file someone put there). */
export interface BadBackup {
  name: string;
  problem: string;
  deleted: boolean;
}

/** One stored record: its id, the format version it was written in, its JSON text. */
export interface StoredRecord {
  id: string;
  version: number;
  data: string;
}

export interface WorkshopRows {
  workshop: StoredRecord;
  boards: StoredRecord[];
  notes: StoredRecord[];
  rows: StoredRecord[];
  steps: StoredRecord[];
}

export interface JobAnswers {
  backup: { made: BackupMade | null; bad: BadBackup | null; pruned: string[] };
  check: { problems: string[]; contents: BackupContents | null };
  inspect: { name: string; contents: BackupContents | null; problem: string | null }[];
  workshops: { id: string; data: string; boards: number; notes: number }[];
  readWorkshop: WorkshopRows | null;
  copyFile: { copied: true };
}

export type JobAnswer<K extends BackupJob['kind']> = JobAnswers[K];

/** What the worker receives: the job, and Electron's better-sqlite3 build when it needs one. */
export interface WorkerInput {
  job: BackupJob;
  nativeBinding?: string;
  /** Set to 1 and notified when the answer has been posted, for callers that wait without an event loop. */
  signal: Int32Array;
  port: MessagePort;
}

export type WorkerAnswer = { ok: true; value: unknown } | { ok: false; message: string };
