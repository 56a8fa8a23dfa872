import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { tempDir } from './tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A real database in a fresh temporary folder; closed and removed after the test that made it. */
export function tempDatabase(): { dir: string; db: Database.Database } {
  const t = tempDir();
  const db = openDatabase(t.dir);
  cleanups.push(() => {
    if (db.open) db.close();
    t.cleanup();
  });
  return { dir: t.dir, db };
}
