import type Database from 'better-sqlite3';
import { HostError } from '../../shared/contract/HostError';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * Brings the database to the newest schema in one transaction. A database written by a newer
 * CBMC Studio is refused: running old code on it could lose what the newer version stored.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = refuseNewer(db, migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return latest;
}

/** Throws when the database's schema is newer than this code knows; returns its version otherwise. */
export function refuseNewer(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  checkOrder(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new HostError(
      'unavailable',
      `ฐานข้อมูลนี้มาจาก CBMC Studio รุ่นที่ใหม่กว่า (schema ${current} > ${latest}) กรุณาอัปเดตโปรแกรม / ` +
        `This database comes from a newer CBMC Studio (schema ${current}, this version knows ${latest}). Please update the app; nothing was changed.`,
    );
  }
  return current;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (i > 0 && m.version <= migrations[i - 1]!.version) {
      throw new Error(`migration ${m.name} does not increase the version`);
    }
  });
}
