import type { Workshop } from '../model/Workshop';
import type { WorkshopDoc } from '../model/WorkshopDoc';

export type Collection = 'boards' | 'notes' | 'rows' | 'steps';
type RecordOf<C extends Collection> = WorkshopDoc[C][string];
type Stored = { id: string; boardId?: string };
const COLLECTIONS: readonly Collection[] = ['boards', 'notes', 'rows', 'steps'];

/** Ids written or deleted by a batch, per collection, so storage writes exactly those records. */
export interface Changes {
  workshop: boolean;
  boards: Set<string>;
  notes: Set<string>;
  rows: Set<string>;
  steps: Set<string>;
}

/**
 * A document being changed by one batch. Writes go to a small overlay (id → new record, or gone)
 * and reads look there first, so applying an op costs O(1) whatever the document's size, and a
 * batch that fails leaves the document as it was. The overlay becomes a document at the end:
 * `finish()` copies each touched collection once (a new document, for the screen's immutable
 * state); `finishInPlace()` writes the overlay into the document it was given (for the host, which
 * owns its copy and must not pay for copying 20,000 notes to change a few).
 */
export class DocDraft {
  private workshop: Workshop;
  /** Per collection: id → the record as the batch left it, or null when the batch removed it. */
  private readonly overlay: Record<Collection, Map<string, Stored | null>> = {
    boards: new Map(),
    notes: new Map(),
    rows: new Map(),
    steps: new Map(),
  };
  /** Board id → ids of its notes and how many rows it holds; built on first need, then kept current. */
  private held: Map<string, { notes: Set<string>; rows: number }> | null = null;

  constructor(private readonly base: WorkshopDoc) {
    this.workshop = base.workshop;
  }

  get<C extends Collection>(c: C, id: string): RecordOf<C> | undefined {
    const o = this.overlay[c].get(id);
    if (o !== undefined) return (o ?? undefined) as RecordOf<C> | undefined;
    const col = this.base[c] as Record<string, Stored>;
    return Object.hasOwn(col, id) ? (col[id] as RecordOf<C>) : undefined;
  }

  put<C extends Collection>(c: C, id: string, value: RecordOf<C>): void {
    const had = this.get(c, id);
    this.overlay[c].set(id, value as Stored);
    if (!had) this.index(c, value as Stored, +1);
  }

  delete<C extends Collection>(c: C, id: string): void {
    const had = this.get(c, id);
    if (!had) return;
    this.overlay[c].set(id, null);
    this.index(c, had as Stored, -1);
  }

  getWorkshop(): Workshop {
    return this.workshop;
  }

  setWorkshop(w: Workshop): void {
    this.workshop = w;
  }

  /** Ids of the notes on a board, and how many rows it holds. */
  heldBy(boardId: string): { notes: ReadonlySet<string>; rows: number } {
    return this.holdings().get(boardId) ?? { notes: new Set(), rows: 0 };
  }

  get changes(): Changes {
    const ids = (c: Collection) => new Set(this.overlay[c].keys());
    return {
      workshop: this.workshop !== this.base.workshop,
      boards: ids('boards'),
      notes: ids('notes'),
      rows: ids('rows'),
      steps: ids('steps'),
    };
  }

  /** A new document; collections the batch did not touch are shared with the old one. */
  finish(): WorkshopDoc {
    const next = { ...this.base, workshop: this.workshop } as Record<Collection, Record<string, Stored>> & WorkshopDoc;
    for (const c of COLLECTIONS) {
      if (this.overlay[c].size === 0) continue;
      const copy = { ...(this.base[c] as Record<string, Stored>) };
      writeOverlay(copy, this.overlay[c]);
      (next as Record<Collection, unknown>)[c] = copy;
    }
    return next;
  }

  /** The document it was given, changed in place (its top-level object is new, its collections are not). */
  finishInPlace(): WorkshopDoc {
    for (const c of COLLECTIONS) writeOverlay(this.base[c] as Record<string, Stored>, this.overlay[c]);
    return { ...this.base, workshop: this.workshop };
  }

  private holdings(): Map<string, { notes: Set<string>; rows: number }> {
    if (this.held) return this.held;
    this.held = new Map();
    // The base as it was, then the batch's own changes so far.
    for (const n of Object.values(this.base.notes)) this.slot(n.boardId).notes.add(n.id);
    for (const r of Object.values(this.base.rows)) this.slot(r.boardId).rows++;
    for (const c of ['notes', 'rows'] as const) {
      for (const [id, v] of this.overlay[c]) {
        const before = this.base[c][id] as Stored | undefined;
        if (before) this.count(c, before, -1);
        if (v) this.count(c, v, +1);
      }
    }
    return this.held;
  }

  private slot(boardId: string) {
    let s = this.held!.get(boardId);
    if (!s) this.held!.set(boardId, (s = { notes: new Set(), rows: 0 }));
    return s;
  }

  private index(c: Collection, value: Stored, delta: 1 | -1): void {
    if (this.held) this.count(c, value, delta);
  }

  private count(c: Collection, value: Stored, delta: 1 | -1): void {
    if (value.boardId === undefined) return;
    if (c === 'notes') {
      if (delta > 0) this.slot(value.boardId).notes.add(value.id);
      else this.slot(value.boardId).notes.delete(value.id);
    } else if (c === 'rows') this.slot(value.boardId).rows += delta;
  }
}

function writeOverlay(target: Record<string, Stored>, overlay: Map<string, Stored | null>): void {
  for (const [id, v] of overlay) {
    if (v) target[id] = v;
    else delete target[id];
  }
}
