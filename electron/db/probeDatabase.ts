import Database from 'better-sqlite3';
import { refuseNewer } from './migrate';

/** SQLite's words for "these bytes are not a sound database". Anything else (locked, no access) is not damage. */
const DAMAGE_CODES = /^SQLITE_(NOTADB|CORRUPT)/;

/** ok carries the file's schema version (user_version). */
export type Probe = { ok: true; schema: number } | { ok: false; reason: string };

/**
 * Looks at an existing database file without writing to it: is it SQLite, does quick_check pass?
 * A database from a newer version throws (refuseNewer): that is not damage, it stays as it is.
 * Errors that say nothing about the bytes (busy, permissions) are thrown too, for openDatabase
 * to report as before.
 */
export function probeDatabase(file: string, nativeBinding?: string): Probe {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const check = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
    const problems = check.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
    return { ok: true, schema: refuseNewer(db) };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && DAMAGE_CODES.test(code)) return { ok: false, reason: (e as Error).message };
    throw e;
  } finally {
    db?.close();
  }
}
