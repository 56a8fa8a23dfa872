import type Database from 'better-sqlite3';
import { RECORD_VERSIONS } from '../../shared/model/recordFormats';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';

/**
 * Writes a whole workshop that is new to this database (an imported copy). Plain INSERTs, never
 * upserts: should an id ever be taken, the insert fails and the caller's transaction undoes it all,
 * so nothing stored can be overwritten. Call inside a transaction.
 */
export function insertWorkshopDoc(db: Database.Database, doc: WorkshopDoc): void {
  const wid = doc.workshop.id;
  const v = RECORD_VERSIONS;
  db.prepare('INSERT INTO workshops (id, version, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(wid, v.workshop, JSON.stringify(doc.workshop), doc.workshop.createdAt, doc.workshop.updatedAt);
  const board = db.prepare('INSERT INTO boards (workshop_id, id, version, data) VALUES (?, ?, ?, ?)');
  for (const b of Object.values(doc.boards)) board.run(wid, b.id, v.board, JSON.stringify(b));
  const note = db.prepare('INSERT INTO notes (workshop_id, id, board_id, version, data) VALUES (?, ?, ?, ?, ?)');
  for (const n of Object.values(doc.notes)) note.run(wid, n.id, n.boardId, v.note, JSON.stringify(n));
  const row = db.prepare('INSERT INTO table_rows (workshop_id, id, board_id, version, data) VALUES (?, ?, ?, ?, ?)');
  for (const r of Object.values(doc.rows)) row.run(wid, r.id, r.boardId, v.row, JSON.stringify(r));
  const step = db.prepare('INSERT INTO steps (workshop_id, id, version, data) VALUES (?, ?, ?, ?)');
  for (const s of Object.values(doc.steps)) step.run(wid, s.id, v.step, JSON.stringify(s));
}
