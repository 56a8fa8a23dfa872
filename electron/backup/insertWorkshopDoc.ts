import type Database from 'better-sqlite3';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { WorkshopRepository } from '../db/workshopRepository';

/** Writes a whole new workshop (every board, note, row and step) in one transaction. */
export function insertWorkshopDoc(db: Database.Database, doc: WorkshopDoc): void {
  const repo = new WorkshopRepository(db);
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    repo.insertWorkshop(doc.workshop);
    const all = (records: Record<string, unknown>) => new Set(Object.keys(records));
    repo.writeChanges(doc, { workshop: false, boards: all(doc.boards), notes: all(doc.notes), rows: all(doc.rows), steps: all(doc.steps) });
  })();
}
