import type Database from 'better-sqlite3';
import { HostError } from '../../shared/contract/HostError';
import { newWorkshopId, type WorkshopId } from '../../shared/model/ids';
import { restoreDoc } from '../../shared/model/restoreDoc';
import type { Workshop, WorkshopFields, WorkshopSummary } from '../../shared/model/Workshop';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { applyAll, touchedBy, type Op } from '../../shared/ops';
import type { Touched } from '../../shared/ops/touchedBy';
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

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repo = new WorkshopRepository(db);
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

  update(id: WorkshopId, fields: Partial<WorkshopFields>): Workshop {
    const doc = this.open(id);
    const workshop: Workshop = { ...doc.workshop, ...fields, updatedAt: this.now().toISOString() };
    this.repo.updateWorkshop(workshop);
    this.cache.set(id, { ...doc, workshop });
    return workshop;
  }

  delete(id: WorkshopId): void {
    if (!this.repo.deleteWorkshop(id)) throw new HostError('not_found', `workshop "${id}" does not exist`, 'error.workshopNotFound');
    this.cache.delete(id);
  }

  open(id: WorkshopId): WorkshopDoc {
    const cached = this.cache.get(id);
    if (cached) return this.touch(id, cached);
    const raw = this.repo.loadRaw(id);
    if (!raw) throw new HostError('not_found', `workshop "${id}" does not exist`, 'error.workshopNotFound');
    const { doc, problems } = restoreDoc(raw);
    if (problems.length > 0) console.warn(`workshop ${id} restored with repairs:\n  ${problems.join('\n  ')}`);
    return this.touch(id, doc);
  }

  /** Applies a batch all-or-nothing: a failing op leaves memory and disk as they were. */
  applyOps(id: WorkshopId, ops: readonly Op[]): { savedAt: string } {
    const before = this.open(id);
    const after = applyAll(before, ops);
    const savedAt = this.now().toISOString();
    const stamped: WorkshopDoc = { ...after, workshop: { ...after.workshop, updatedAt: savedAt } };
    const touched = new Map<string, Touched>();
    for (const op of ops) {
      const t = touchedBy(op);
      touched.set(t.kind === 'workshop' ? 'workshop' : `${t.kind}:${t.id}`, t);
    }
    touched.set('workshop', { kind: 'workshop' });
    this.db.transaction(() => {
      this.db.pragma('defer_foreign_keys = ON');
      for (const t of touched.values()) this.repo.writeTouched(stamped, t);
    })();
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
