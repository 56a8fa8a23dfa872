import type Database from 'better-sqlite3';
import { RECORD_VERSIONS } from '../../shared/model/recordFormats';
import type { RawDoc } from '../../shared/model/restoreDoc';
import { parseStoredJson, type RawRecord } from '../../shared/model/storedJson';
import type { Workshop } from '../../shared/model/Workshop';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Changes } from '../../shared/ops';

/** A workshop row as the list reads it: the record as stored, and counts that need no parsing. */
export interface WorkshopListRow {
  record: RawRecord;
  updatedAt: string;
  boardCount: number;
  noteCount: number;
  stepsDone: number;
}

/**
 * Reads and writes workshop records. Knows SQL, not rules: services decide what is valid.
 * Every record is written with the format version this code writes (RECORD_VERSIONS) and read
 * back with the version it was written in, for the restore gate to migrate or refuse.
 */
export class WorkshopRepository {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.stmt = {
      // json_valid guards json_extract: one damaged step row must not fail the whole list.
      listWorkshops: p(`SELECT w.id, w.version, w.data, w.updated_at,
          (SELECT count(*) FROM boards b WHERE b.workshop_id = w.id) AS boards,
          (SELECT count(*) FROM notes n WHERE n.workshop_id = w.id) AS notes,
          (SELECT count(*) FROM steps s WHERE s.workshop_id = w.id AND json_valid(s.data)
             AND json_extract(s.data, '$.status') = 'done') AS done
        FROM workshops w ORDER BY w.updated_at DESC`),
      getWorkshop: p('SELECT id, version, data FROM workshops WHERE id = ?'),
      insertWorkshop: p(
        'INSERT INTO workshops (id, version, data, created_at, updated_at) VALUES (@id, @version, @data, @createdAt, @updatedAt)',
      ),
      updateWorkshop: p('UPDATE workshops SET version = @version, data = @data, updated_at = @updatedAt WHERE id = @id'),
      deleteWorkshop: p('DELETE FROM workshops WHERE id = ?'),
      boards: p('SELECT id, version, data FROM boards WHERE workshop_id = ?'),
      notes: p('SELECT id, version, data FROM notes WHERE workshop_id = ?'),
      rows: p('SELECT id, version, data FROM table_rows WHERE workshop_id = ?'),
      steps: p('SELECT id, version, data FROM steps WHERE workshop_id = ?'),
      upsertBoard: p(`INSERT INTO boards (workshop_id, id, version, data) VALUES (?, ?, ${RECORD_VERSIONS.board}, ?)
        ON CONFLICT (workshop_id, id) DO UPDATE SET version = excluded.version, data = excluded.data`),
      deleteBoard: p('DELETE FROM boards WHERE workshop_id = ? AND id = ?'),
      upsertNote: p(`INSERT INTO notes (workshop_id, id, board_id, version, data) VALUES (?, ?, ?, ${RECORD_VERSIONS.note}, ?)
        ON CONFLICT (workshop_id, id) DO UPDATE SET board_id = excluded.board_id, version = excluded.version, data = excluded.data`),
      deleteNote: p('DELETE FROM notes WHERE workshop_id = ? AND id = ?'),
      upsertRow: p(`INSERT INTO table_rows (workshop_id, id, board_id, version, data) VALUES (?, ?, ?, ${RECORD_VERSIONS.row}, ?)
        ON CONFLICT (workshop_id, id) DO UPDATE SET board_id = excluded.board_id, version = excluded.version, data = excluded.data`),
      deleteRow: p('DELETE FROM table_rows WHERE workshop_id = ? AND id = ?'),
      upsertStep: p(`INSERT INTO steps (workshop_id, id, version, data) VALUES (?, ?, ${RECORD_VERSIONS.step}, ?)
        ON CONFLICT (workshop_id, id) DO UPDATE SET version = excluded.version, data = excluded.data`),
      deleteStep: p('DELETE FROM steps WHERE workshop_id = ? AND id = ?'),
    };
  }

  /** Every workshop, newest first; a damaged row comes back as it is, for the service to report. */
  listWorkshops(): WorkshopListRow[] {
    const rows = this.stmt.listWorkshops.all() as (StoredRow & { updated_at: string; boards: number; notes: number; done: number })[];
    return rows.map((r) => ({ record: toRaw(r), updatedAt: r.updated_at, boardCount: r.boards, noteCount: r.notes, stepsDone: r.done }));
  }

  insertWorkshop(w: Workshop): void {
    this.stmt.insertWorkshop.run({
      id: w.id,
      version: RECORD_VERSIONS.workshop,
      data: JSON.stringify(w),
      createdAt: w.createdAt,
      updatedAt: w.updatedAt,
    });
  }

  updateWorkshop(w: Workshop): void {
    this.stmt.updateWorkshop.run({ id: w.id, version: RECORD_VERSIONS.workshop, data: JSON.stringify(w), updatedAt: w.updatedAt });
  }

  /** Deletes a workshop and, by cascade, everything in it. Returns false when it did not exist. */
  deleteWorkshop(id: string): boolean {
    return this.stmt.deleteWorkshop.run(id).changes > 0;
  }

  loadRaw(id: string): RawDoc | undefined {
    const row = this.stmt.getWorkshop.get(id) as StoredRow | undefined;
    if (row === undefined) return undefined;
    const all = (s: Database.Statement) => (s.all(id) as StoredRow[]).map(toRaw);
    return {
      workshop: toRaw(row),
      boards: all(this.stmt.boards),
      notes: all(this.stmt.notes),
      rows: all(this.stmt.rows),
      steps: all(this.stmt.steps),
    };
  }

  /**
   * Writes the records a batch changed, each as it now stands in `doc` (or deletes it if it is
   * gone), with the prepared statements above. Call inside a transaction.
   */
  writeChanges(doc: WorkshopDoc, changes: Changes): void {
    const wid = doc.workshop.id;
    const s = this.stmt;
    if (changes.workshop) this.updateWorkshop(doc.workshop);
    for (const id of changes.boards) {
      const b = doc.boards[id];
      if (b) s.upsertBoard.run(wid, id, JSON.stringify(b));
      else s.deleteBoard.run(wid, id);
    }
    for (const id of changes.notes) {
      const n = doc.notes[id];
      if (n) s.upsertNote.run(wid, id, n.boardId, JSON.stringify(n));
      else s.deleteNote.run(wid, id);
    }
    for (const id of changes.rows) {
      const r = doc.rows[id];
      if (r) s.upsertRow.run(wid, id, r.boardId, JSON.stringify(r));
      else s.deleteRow.run(wid, id);
    }
    for (const id of changes.steps) {
      const st = doc.steps[id];
      if (st) s.upsertStep.run(wid, id, JSON.stringify(st));
      else s.deleteStep.run(wid, id);
    }
  }
}

interface StoredRow {
  id: string;
  version: number;
  data: string;
}

function toRaw(r: StoredRow): RawRecord {
  return { id: r.id, version: r.version, json: parseStoredJson(r.data) };
}
