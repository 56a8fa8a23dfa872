import type Database from 'better-sqlite3';
import { HostError } from '../../shared/contract/HostError';
import type { BatchClient, OpsApplied } from '../../shared/contract/contract';
import { newWorkshopId, type WorkshopId } from '../../shared/model/ids';
import { translate } from '../../shared/i18n';
import { recordProblemMessage } from '../../shared/i18n/recordProblems';
import { LIMITS } from '../../shared/model/limits';
import type { RecordProblem } from '../../shared/model/recordMigrations';
import type { StoredJson } from '../../shared/model/storedJson';
import { restoreDoc, restoreWorkshop, type LeftOut } from '../../shared/model/restoreDoc';
import type { Workshop, WorkshopFields, WorkshopListEntry } from '../../shared/model/Workshop';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { applyBatch, type Changes, type Op } from '../../shared/ops';
import { checkLimits, countNotes, type NoteCounts } from '../../shared/ops/checkLimits';
import { WorkshopRepository } from '../db/workshopRepository';
import { AppliedBatches } from '../db/appliedBatches';

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
  private readonly writeBatch: (doc: WorkshopDoc, changes: Changes, client?: BatchClient) => void;
  private readonly applied: AppliedBatches;
  /** What restore left out of each open document, for telling the person when it is opened. */
  private readonly leftOut = new Map<string, LeftOut[]>();
  /** Notes per board of each cached document, so the limit check on a batch costs O(ops). */
  private readonly noteCounts = new WeakMap<WorkshopDoc, NoteCounts>();

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repo = new WorkshopRepository(db);
    this.applied = new AppliedBatches(db);
    this.writeBatch = db.transaction((doc: WorkshopDoc, changes: Changes, client?: BatchClient) => {
      // A batch may add a board and its notes in either order: check references at commit.
      db.pragma('defer_foreign_keys = ON');
      this.repo.writeChanges(doc, changes);
      // In the same transaction: the batch and "this client's batch N is applied" land together or not at all.
      if (client) this.applied.record(client, doc.workshop.updatedAt);
    });
  }

  /** Every workshop, newest first. A damaged workshop row is listed as damaged with its reason. */
  list(): WorkshopListEntry[] {
    return this.repo.listWorkshops().map((row) => {
      const w = restoreWorkshop(row.record);
      if (w.ok) return { ...w.record, boardCount: row.boardCount, noteCount: row.noteCount, stepsDone: row.stepsDone };
      return { id: row.record.id as WorkshopId, name: readableName(row.record.json), updatedAt: row.updatedAt, damaged: w.problem };
    });
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
    if (!this.repo.deleteWorkshop(id)) throw new HostError('not_found', `workshop "${id}" does not exist`, 'error.workshopNotFound');
    this.cache.delete(id);
    this.leftOut.delete(id);
  }

  open(id: WorkshopId): WorkshopDoc {
    const cached = this.cache.get(id);
    if (cached) return this.touch(id, cached);
    const raw = this.repo.loadRaw(id);
    if (!raw) throw new HostError('not_found', `workshop "${id}" does not exist`, 'error.workshopNotFound');
    const restored = restoreDoc(raw);
    if (!restored.ok) throw unopenable(restored.problem);
    const { doc, leftOut, repairs } = restored;
    if (repairs.length > 0) console.warn(`workshop ${id} restored with repairs:\n  ${repairs.join('\n  ')}`);
    if (leftOut.length > 0) console.warn(`workshop ${id}: ${leftOut.length} stored record(s) left out`, leftOut);
    this.leftOut.set(id, leftOut);
    return this.touch(id, doc);
  }

  /** Opens a workshop for the editor: the document, and what could not be read into it. */
  openForEditing(id: WorkshopId): { doc: WorkshopDoc; leftOut: LeftOut[] } {
    const doc = this.open(id);
    return { doc, leftOut: this.leftOut.get(id) ?? [] };
  }

  /**
   * Applies a batch all-or-nothing: a failing op leaves memory and disk as they were. Costs O(ops):
   * the cached document is this service's own, so the batch changes it in place once every op has
   * passed (no copy of its collections), and only the records it changed are written.
   */
  applyOps(id: WorkshopId, ops: readonly Op[], client?: BatchClient): OpsApplied {
    if (client) {
      const done = this.applied.lastFor(client.id);
      if (done && client.seq <= done.seq) return { savedAt: done.appliedAt, alreadyApplied: true };
    }
    const before = this.open(id);
    const savedAt = this.now().toISOString();
    let counts: NoteCounts = new Map();
    const { doc: after, changes } = applyBatch(before, ops, {
      inPlace: true,
      // The limits that need the whole document, checked while `before` is still as it was.
      verify: (view) => {
        counts = checkLimits(before, view, ops, this.noteCounts.get(before) ?? countNotes(before));
      },
    });
    const stamped: WorkshopDoc = { ...after, workshop: { ...after.workshop, updatedAt: savedAt } };
    try {
      // Every saved batch moves the workshop's updatedAt, so its record is written too.
      this.writeBatch(stamped, { ...changes, workshop: true }, client);
    } catch (e) {
      // The cached copy already holds the batch: forget it, so the next open reads what is stored.
      this.cache.delete(id);
      throw e;
    }
    this.cache.set(id, stamped);
    this.noteCounts.set(stamped, counts);
    return { savedAt };
  }

  private touch(id: string, doc: WorkshopDoc): WorkshopDoc {
    this.cache.delete(id);
    this.cache.set(id, doc);
    while (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value!;
      this.cache.delete(oldest);
      this.leftOut.delete(oldest);
    }
    return doc;
  }
}

/** The name of a damaged workshop where it can still be read, so the person knows which one it is. */
function readableName(json: StoredJson): string {
  if (json.ok) {
    const name = (json.value as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name.slice(0, LIMITS.title) : '';
  }
  const quoted = /"name"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(json.text)?.[1];
  if (!quoted) return '';
  try {
    return String(JSON.parse(quoted)).slice(0, LIMITS.title);
  } catch {
    return '';
  }
}

/** The workshop's own record is unusable; said in both languages, as the host cannot know the screen's. */
function unopenable(problem: RecordProblem): HostError {
  const vars = { reason: recordProblemMessage(problem) };
  return new HostError('unavailable', translate('en', 'workshopUnopenable', vars), 'workshopUnopenable', vars);
}
