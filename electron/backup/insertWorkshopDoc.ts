import type Database from 'better-sqlite3';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { WorkshopRepository } from '../db/workshopRepository';

/** Writes a whole new workshop (every board, note, row and step) in one transaction. */
export function insertWorkshopDoc(db: Database.Database, doc: WorkshopDoc): void {
  const repo = new WorkshopRepository(db);
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    repo.insertWorkshop(doc.workshop);
    for (const id of Object.keys(doc.boards)) repo.writeTouched(doc, { kind: 'board', id });
    for (const id of Object.keys(doc.notes)) repo.writeTouched(doc, { kind: 'note', id });
    for (const id of Object.keys(doc.rows)) repo.writeTouched(doc, { kind: 'row', id });
    for (const id of Object.keys(doc.steps)) repo.writeTouched(doc, { kind: 'step', id });
  })();
}
