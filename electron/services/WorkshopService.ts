import type Database from 'better-sqlite3';
import { HostError } from '../../shared/contract/HostError';
import { newWorkshopId, type WorkshopId } from '../../shared/model/ids';
import { restoreDoc } from '../../shared/model/restoreDoc';
import type { Workshop, WorkshopFields, WorkshopSummary } from '../../shared/model/Workshop';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { applyBatch, type Changes, type Op } from '../../shared/ops';
import { WorkshopRepository } from '../db/workshopRepository';

/** How many open documents stay in memory; a facilitator works in one or two at a time. */
const CACHE_SIZE = 4;

/**
 * Workshops and their documents: the one implementation behind both hosts.
 * A document is loaded once through restoreDoc and kept; each batch of ops is checked against it
 * in memory, then exactly the records it touched are written in one SQLite transaction.
 */
export class WorkshopService {
  private readonly repo: WorkshopRepository;
  private readonly cache = new Map<string, WorkshopDoc>();
  /** One transaction that writes a batch's changed records. */
  private readonly writeBatch: (doc: WorkshopDoc, changes: Changes) => void;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repo = new WorkshopRepository(db);
    this.writeBatch = db.transaction((doc: WorkshopDoc, changes: Changes) => {
      // A batch may add a board and its notes in either order: check references at commit.
      db.pragma('defer_foreign_keys = ON');
      this.repo.writeChanges(doc, changes);
    });
  }

  list(): WorkshopSummary[] {
    const out: WorkshopSummary[] = [];
    for (const row of this.repo.listWorkshops()) {
      const w = restoreDoc({ workshop: row.workshop, boards: [], notes: [], rows: [], steps: [] });
      out.push({ ...w.doc.workshop, boardCount: row.boardCount, noteCount: row.noteCount, stepsDone: row.stepsDone });
    }
    return out;
  }

  create(fields: WorkshopFields): Workshop {
    const stamp = this.now().toISOString();
    const workshop: Workshop = { ...fields, id: newWorkshopId(), createdAt: stamp, updatedAt: stamp };
    this.repo.insertWorkshop(workshop);
    return workshop;
  }

  /** Editing a workshop's details from the list: the same workshop.patch op the editor sends. */
  update(id: WorkshopId, fields: Partial<WorkshopFields>): Workshop {
    this.applyOps(id, [{ type: 'workshop.patch', patch: fields }]);
    return this.open(id).workshop;
  }

  delete(id: WorkshopId): void {
    if (!this.repo.deleteWorkshop(id)) throw new HostError('not_found', `workshop "${id}" does not exist`);
    this.cache.delete(id);
  }

  open(id: WorkshopId): WorkshopDoc {
    const cached = this.cache.get(id);
    if (cached) return this.touch(id, cached);
    const raw = this.repo.loadRaw(id);
    if (!raw) throw new HostError('not_found', `workshop "${id}" does not exist`);
    const { doc, problems } = restoreDoc(raw);
    if (problems.length > 0) console.warn(`workshop ${id} restored with repairs:\n  ${problems.join('\n  ')}`);
    return this.touch(id, doc);
  }

  /**
   * Applies a batch all-or-nothing: a failing op leaves memory and disk as they were. Costs O(ops):
   * the cached document is this service's own, so the batch changes it in place once every op has
   * passed (no copy of its collections), and only the records it changed are written.
   */
  applyOps(id: WorkshopId, ops: readonly Op[]): { savedAt: string } {
    const before = this.open(id);
    const savedAt = this.now().toISOString();
    const { doc: after, changes } = applyBatch(before, ops, { inPlace: true });
    const stamped: WorkshopDoc = { ...after, workshop: { ...after.workshop, updatedAt: savedAt } };
    try {
      // Every saved batch moves the workshop's updatedAt, so its record is written too.
      this.writeBatch(stamped, { ...changes, workshop: true });
    } catch (e) {
      // The cached copy already holds the batch: forget it, so the next open reads what is stored.
      this.cache.delete(id);
      throw e;
    }
    this.cache.set(id, stamped);
    return { savedAt };
  }

  private touch(id: string, doc: WorkshopDoc): WorkshopDoc {
    this.cache.delete(id);
    this.cache.set(id, doc);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return doc;
  }
}
