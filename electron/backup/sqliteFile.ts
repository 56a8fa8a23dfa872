import Database from 'better-sqlite3';

/** What a backup holds, read without changing it. */
export interface BackupContents {
  /** user_version: a backup from a newer app is not restored. */
  schema: number;
  workshops: number;
  notes: number;
}

/** Opens a file read-only. `nativeBinding` is Electron's own build of better-sqlite3 when set. */
export function openReadOnly(file: string, nativeBinding?: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

export function readContents(db: Database.Database): BackupContents {
  const schema = db.pragma('user_version', { simple: true }) as number;
  const has = (t: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t) !== undefined;
  const count = (t: string) => (has(t) ? (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n : 0);
  return { schema, workshops: count('workshops'), notes: count('notes') };
}

/**
 * The full integrity check plus what the file holds. Returns the first problems SQLite names;
 * a file that is not SQLite at all throws, which callers treat the same way.
 */
export function checkFile(file: string, nativeBinding?: string): { problems: string[]; contents: BackupContents | null } {
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file, nativeBinding);
    const rows = db.pragma('integrity_check(20)', { simple: false }) as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return { problems, contents: problems.length === 0 ? readContents(db) : null };
  } catch (e) {
    return { problems: [e instanceof Error ? e.message : String(e)], contents: null };
  } finally {
    db?.close();
  }
}
