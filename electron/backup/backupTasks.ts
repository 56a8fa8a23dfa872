import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupFileName, parseBackupName } from './backupFiles';
import type { BackupJob, JobAnswers, StoredRecord } from './backupJobs';
import { backupsToDelete } from './retention';
import { fsyncPath, removeWithSideFiles } from './fileOps';
import { checkFile, openReadOnly, readContents } from './sqliteFile';

/** Larger than any database: the whole copy happens in one step (see makeBackup). */
const ALL_PAGES = 0x7fffffff;

/** Runs one job. Called inside the backup worker; synchronous SQLite work is fine there. */
export async function runTask(job: BackupJob, nativeBinding?: string): Promise<unknown> {
  switch (job.kind) {
    case 'backup':
      return makeBackup(job, nativeBinding);
    case 'check':
      return checkFile(job.file, nativeBinding);
    case 'inspect':
      return job.files.map((file) => inspect(file, nativeBinding));
    case 'workshops':
      return listWorkshops(job.file, nativeBinding);
    case 'readWorkshop':
      return readWorkshop(job.file, job.id, nativeBinding);
    case 'copyFile':
      fs.copyFileSync(job.from, job.to);
      fsyncPath(job.to);
      return { copied: true };
  }
}

/**
 * Copies the live database with SQLite's online backup API on a connection of its own, checks the
 * copy with integrity_check, then gives it its final name; a bad copy is deleted and reported.
 * Copying every page in one step reads one consistent snapshot: the app's own connection keeps
 * writing to the WAL meanwhile, and nothing restarts the copy half-way.
 */
export async function makeBackup(job: BackupJobOf<'backup'>, nativeBinding?: string): Promise<JobAnswers['backup']> {
  const { name, partial } = prepare(job);
  const source = openReadOnly(job.source, nativeBinding);
  try {
    await source.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  return finish(job, name, partial, nativeBinding);
}

/**
 * The same backup for a thread that may not wait for a worker (see runBackupSync): VACUUM INTO
 * also writes one consistent snapshot, synchronously. Only used at start-up and quit.
 */
export function makeBackupInThread(job: BackupJobOf<'backup'>, nativeBinding?: string): JobAnswers['backup'] {
  const { name, partial } = prepare(job);
  const source = openReadOnly(job.source, nativeBinding);
  try {
    source.prepare('VACUUM INTO ?').run(partial);
  } finally {
    source.close();
  }
  return finish(job, name, partial, nativeBinding);
}

type BackupJobOf<K extends BackupJob['kind']> = Extract<BackupJob, { kind: K }>;

function prepare(job: BackupJobOf<'backup'>): { name: string; partial: string } {
  fs.mkdirSync(job.dir, { recursive: true });
  const at = new Date(job.at);
  // Two backups in one millisecond must not share a name.
  while (fs.existsSync(path.join(job.dir, backupFileName(at, job.reason)))) at.setTime(at.getTime() + 1);
  const name = backupFileName(at, job.reason);
  const partial = path.join(job.dir, `.${name}.partial`);
  removeWithSideFiles(partial);
  return { name, partial };
}

/** Makes the copy one self-contained file, checks it, and gives it its name; a bad copy is deleted. */
function finish(job: BackupJobOf<'backup'>, name: string, partial: string, nativeBinding?: string): JobAnswers['backup'] {
  // A copy of a WAL database is WAL too until told otherwise.
  const copy = new Database(partial, nativeBinding ? { nativeBinding } : {});
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const { problems, contents } = checkFile(partial, nativeBinding);
  if (problems.length > 0 || !contents) {
    removeWithSideFiles(partial);
    return { made: null, bad: { name, problem: problems.join('; ') || 'unreadable', deleted: true }, pruned: [] };
  }
  fsyncPath(partial);
  const final = path.join(job.dir, name);
  fs.renameSync(partial, final);
  fsyncPath(job.dir);
  return { made: { name, contents, size: fs.statSync(final).size }, bad: null, pruned: prune(job.dir, parseAt(name)) };
}

function parseAt(name: string): Date {
  return parseBackupName(name)?.at ?? new Date();
}

/** Applies the retention rules to the backups of ours in `dir`; files with other names are never touched. */
export function prune(dir: string, now: Date): string[] {
  const ours = fs.readdirSync(dir).flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, at: parsed.at }] : [];
  });
  const doomed = backupsToDelete(ours, now);
  for (const name of doomed) removeWithSideFiles(path.join(dir, name));
  return doomed;
}

function inspect(file: string, nativeBinding?: string): JobAnswers['inspect'][number] {
  const name = path.basename(file);
  try {
    const db = openReadOnly(file, nativeBinding);
    try {
      return { name, contents: readContents(db), problem: null };
    } finally {
      db.close();
    }
  } catch (e) {
    return { name, contents: null, problem: e instanceof Error ? e.message : String(e) };
  }
}

function listWorkshops(file: string, nativeBinding?: string): JobAnswers['workshops'] {
  const db = openReadOnly(file, nativeBinding);
  try {
    return db
      .prepare(
        `SELECT w.id, w.data,
          (SELECT count(*) FROM boards b WHERE b.workshop_id = w.id) AS boards,
          (SELECT count(*) FROM notes n WHERE n.workshop_id = w.id) AS notes
        FROM workshops w ORDER BY w.updated_at DESC`,
      )
      .all() as JobAnswers['workshops'];
  } finally {
    db.close();
  }
}

function readWorkshop(file: string, id: string, nativeBinding?: string): JobAnswers['readWorkshop'] {
  const db = openReadOnly(file, nativeBinding);
  try {
    // Backups made before records carried a version (schema < 3) hold first-format records.
    const version = db.prepare("SELECT 1 FROM pragma_table_info('workshops') WHERE name = 'version'").get() ? 'version' : '1 AS version';
    const w = db.prepare(`SELECT id, ${version}, data FROM workshops WHERE id = ?`).get(id) as StoredRecord | undefined;
    if (!w) return null;
    const all = (table: string) => db.prepare(`SELECT id, ${version}, data FROM ${table} WHERE workshop_id = ?`).all(id) as StoredRecord[];
    return { workshop: w, boards: all('boards'), notes: all('notes'), rows: all('table_rows'), steps: all('steps') };
  } finally {
    db.close();
  }
}
