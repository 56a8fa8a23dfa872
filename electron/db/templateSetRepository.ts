import type Database from 'better-sqlite3';
import { RECORD_VERSIONS } from '../../shared/model/recordFormats';
import { parseStoredJson, type RawRecord } from '../../shared/model/storedJson';

export interface StoredSetRow {
  id: string;
  name: string;
  /** The set's content as stored, with its format version; services restore it on the way out. */
  record: RawRecord;
  createdAt: string;
  updatedAt: string;
}

const ACTIVE_KEY = 'activeTemplateSet';

/** Reads and writes template sets and the active-set setting. Knows SQL, not rules. */
export class TemplateSetRepository {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      list: p('SELECT id, name, version, data, created_at, updated_at FROM template_sets ORDER BY updated_at DESC'),
      get: p('SELECT id, name, version, data, created_at, updated_at FROM template_sets WHERE id = ?'),
      upsert: p(`INSERT INTO template_sets (id, name, version, data, created_at, updated_at)
        VALUES (@id, @name, ${RECORD_VERSIONS.templateSet}, @data, @createdAt, @updatedAt)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, version = excluded.version, data = excluded.data, updated_at = excluded.updated_at`),
      delete: p('DELETE FROM template_sets WHERE id = ?'),
      getSetting: p('SELECT value FROM settings WHERE key = ?'),
      setSetting: p('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      clearSetting: p('DELETE FROM settings WHERE key = ?'),
    };
  }

  list(): StoredSetRow[] {
    return (this.stmt.list.all() as RawRow[]).map(toRow);
  }

  get(id: string): StoredSetRow | undefined {
    const r = this.stmt.get.get(id) as RawRow | undefined;
    return r && toRow(r);
  }

  save(row: { id: string; name: string; data: unknown; createdAt: string; updatedAt: string }): void {
    this.stmt.upsert.run({ ...row, data: JSON.stringify(row.data) });
  }

  /** Deletes a set, and forgets it as the active one, in one transaction. False when it did not exist. */
  delete(id: string): boolean {
    return this.db.transaction(() => {
      if (this.activeId() === id) this.stmt.clearSetting.run(ACTIVE_KEY);
      return this.stmt.delete.run(id).changes > 0;
    })();
  }

  activeId(): string | null {
    const r = this.stmt.getSetting.get(ACTIVE_KEY) as { value: string } | undefined;
    return r?.value ?? null;
  }

  setActive(id: string | null): void {
    if (id === null) this.stmt.clearSetting.run(ACTIVE_KEY);
    else this.stmt.setSetting.run(ACTIVE_KEY, id);
  }
}

interface RawRow {
  id: string;
  name: string;
  version: number;
  data: string;
  created_at: string;
  updated_at: string;
}

/** An unreadable row comes back marked as such: the service reports it instead of failing the whole list. */
function toRow(r: RawRow): StoredSetRow {
  return {
    id: r.id,
    name: r.name,
    record: { id: r.id, version: r.version, json: parseStoredJson(r.data) },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
