import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { HostError } from '../../shared/contract/HostError';
import { migrate, refuseNewer } from './migrate';

export const DB_FILE = 'cbmc-studio.sqlite';

/**
 * Opens (or creates) the database in dataDir: WAL with synchronous FULL, so every commit is on disk
 * before it is acknowledged; foreign keys on, schema migrated. A file that is not a SQLite database
 * is refused with a clear message and left as it is, so the user can recover it. `nativeBinding` is
 * better-sqlite3's compiled addon for this runtime (Electron's own build); without it better-sqlite3
 * loads the one in node_modules.
 */
export function openDatabase(dataDir: string, nativeBinding?: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, nativeBinding ? { nativeBinding } : {});
    // Check before anything writes: a newer or foreign file must stay byte-for-byte as it was.
    refuseNewer(db);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: a commit the user was told is saved survives a power cut (NORMAL in WAL may lose the last ones).
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 3000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
    migrate(db);
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof HostError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new HostError(
      'unavailable',
      `เปิดฐานข้อมูลไม่ได้ ไฟล์อาจเสียหาย / Cannot open the database at ${file}: ${reason}. The file was left untouched.`,
    );
  }
}
