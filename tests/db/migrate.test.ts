import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { DB_FILE, openDatabase } from '../../electron/db/openDatabase';
import { tempDir } from '../helpers/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('migrations', () => {
  for (const m of MIGRATIONS) {
    it(`migration ${m.version} (${m.name}) runs on a fresh database`, () => {
      const db = new Database(':memory:');
      migrate(
        db,
        MIGRATIONS.filter((x) => x.version <= m.version),
      );
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      db.close();
    });
  }

  it('versions only increase', () => {
    MIGRATIONS.forEach((m, i) => i > 0 && expect(m.version).toBeGreaterThan(MIGRATIONS[i - 1]!.version));
  });

  it('running again changes nothing', () => {
    const db = new Database(':memory:');
    const v = migrate(db);
    expect(migrate(db)).toBe(v);
  });

  it('a failing migration leaves the database at its previous version', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = db.pragma('user_version', { simple: true }) as number;
    expect(() =>
      migrate(db, [...MIGRATIONS, { version: before + 1, name: 'broken', sql: 'CREATE TABLE x (a); SELECT nonsense FROM nowhere;' }]),
    ).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(before);
    expect(db.prepare("SELECT count(*) c FROM sqlite_master WHERE name = 'x'").get()).toEqual({ c: 0 });
  });

  it('refuses a database written by a newer version, with a message, and leaves it untouched', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, DB_FILE);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(t.dir)).toThrow(/newer CBMC Studio/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a database, and leaves it untouched', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, DB_FILE);
    fs.writeFileSync(file, 'this is not sqlite '.repeat(100));
    expect(() => openDatabase(t.dir)).toThrow(/Cannot open the database/);
    expect(fs.readFileSync(file, 'utf8')).toBe('this is not sqlite '.repeat(100));
  });

  it('opens in WAL mode with foreign keys on', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = openDatabase(t.dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
