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
import { OpLog } from '../db/opLog';
import { LOG_WINDOW, type LogEntry } from '../../shared/room/protocol';

/** Told after a batch of a workshop has committed, in seq order (the room hub listens). */
export type AppliedListener = (workshopId: string, entry: LogEntry) => void;

/** The client id a batch is logged under when it came without one (an older page, a script, `update`). */
export const HOST_LOCAL_CLIENT = 'host-local';

export interface WorkshopServiceOptions {
  /** Entries of the op log kept per workshop. */
  logWindow?: number;
  /** Listeners to tell after each commit; passed in so they outlive this service when the database is swapped. */
  listeners?: Set<AppliedListener>;
}

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
  private readonly writeBatch: (doc: WorkshopDoc, changes: Changes, entry: LogEntry, client?: BatchClient) => void;
  private readonly applied: AppliedBatches;
  private readonly log: OpLog;
  /** Each workshop's last seq, read from op_log once and then kept here; moved only after a commit. */
  private readonly heads = new Map<string, number>();
  private readonly logWindow: number;
  private readonly listeners: Set<AppliedListener>;
  /** What restore left out of each open document, for telling the person when it is opened. */
  private readonly leftOut = new Map<string, LeftOut[]>();
  /** Notes per board of each cached document, so the limit check on a batch costs O(ops). */
  private readonly noteCounts = new WeakMap<WorkshopDoc, NoteCounts>();

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
    opts: WorkshopServiceOptions = {},
  ) {
    this.repo = new WorkshopRepository(db);
    this.applied = new AppliedBatches(db);
    this.log = new OpLog(db);
    this.logWindow = opts.logWindow ?? LOG_WINDOW;
    this.listeners = opts.listeners ?? new Set();
    this.writeBatch = db.transaction((doc: WorkshopDoc, changes: Changes, entry: LogEntry, client?: BatchClient) => {
      // A batch may add a board and its notes in either order: check references at commit.
      db.pragma('defer_foreign_keys = ON');
      this.repo.writeChanges(doc, changes);
      // In the same transaction: the batch, its log entry and "this client's batch N is applied" land
      // together or not at all.
      this.log.append(doc.workshop.id, entry, doc.workshop.updatedAt, this.logWindow);
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
    // The log went with the workshop (ON DELETE CASCADE).
    this.heads.delete(id);
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
  openForEditing(id: WorkshopId): { doc: WorkshopDoc; leftOut: LeftOut[]; seq: number } {
    const doc = this.open(id);
    return { doc, leftOut: this.leftOut.get(id) ?? [], seq: this.head(id) };
  }

  /** The seq of the workshop's last applied batch (0 before any): the document as `open` gives it is at this seq. */
  head(id: string): number {
    let seq = this.heads.get(id);
    if (seq === undefined) this.heads.set(id, (seq = this.log.head(id)));
    return seq;
  }

  /**
   * The batches applied after `seq`, in order; null when the log no longer reaches back that far
   * or `seq` is ahead of this host (a client of an older copy of the database): send the whole document then.
   */
  opsSince(id: WorkshopId, seq: number): LogEntry[] | null {
    const head = this.head(id);
    if (seq > head) return null;
    if (seq === head) return [];
    const entries = this.log.since(id, seq);
    return entries[0]?.seq === seq + 1 && entries.length === head - seq ? entries : null;
  }

  /** The last client seq applied from this client id (0 for none): its batches up to it are done. */
  lastClientSeq(clientId: string): number {
    return this.applied.lastFor(clientId)?.seq ?? 0;
  }

  /** Calls `listener` after every committed batch of any workshop; returns the way to stop. */
  onApplied(listener: AppliedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies a batch all-or-nothing: a failing op leaves memory and disk as they were. Costs O(ops):
   * the cached document is this service's own, so the batch changes it in place once every op has
   * passed (no copy of its collections), and only the records it changed are written.
   */
  applyOps(id: WorkshopId, ops: readonly Op[], client?: BatchClient): OpsApplied {
    if (client) {
      const done = this.applied.lastFor(client.id);
      if (done && client.seq <= done.seq) return { savedAt: done.appliedAt, alreadyApplied: true, seq: null };
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
    const entry: LogEntry = {
      seq: this.head(id) + 1,
      clientId: client?.id ?? HOST_LOCAL_CLIENT,
      clientSeq: client?.seq ?? 0,
      ops: ops as Op[],
    };
    try {
      // Every saved batch moves the workshop's updatedAt, so its record is written too.
      this.writeBatch(stamped, { ...changes, workshop: true }, entry, client);
    } catch (e) {
      // The cached copy already holds the batch: forget it, so the next open reads what is stored.
      this.cache.delete(id);
      throw e;
    }
    this.cache.set(id, stamped);
    this.noteCounts.set(stamped, counts);
    this.heads.set(id, entry.seq);
    for (const listener of this.listeners) {
      try {
        listener(id, entry);
      } catch (e) {
        // The batch is committed whatever a listener does; one failing listener must not hide it from the others.
        console.error('op log listener failed', e);
      }
    }
    return { savedAt, seq: entry.seq };
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
