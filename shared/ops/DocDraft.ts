import type { Workshop } from '../model/Workshop';
import type { WorkshopDoc } from '../model/WorkshopDoc';

export type Collection = 'boards' | 'notes' | 'rows' | 'steps';
type RecordOf<C extends Collection> = WorkshopDoc[C][string];
type Stored = { id: string; boardId?: string };

/** Ids written or deleted by a batch, per collection, so storage writes exactly those records. */
export interface Changes {
  workshop: boolean;
  boards: Set<string>;
  notes: Set<string>;
  rows: Set<string>;
  steps: Set<string>;
}

/**
 * A document being changed by one batch. Each collection is copied once, on its first write, and
 * then changed in place: a batch costs O(ops), not O(ops × records). The document handed in is
 * never mutated; `finish()` returns the new one, sharing every collection the batch left alone.
 */
export class DocDraft {
  private workshop: Workshop;
  /** Held loosely inside; the typed get/put below are the only way in. */
  private readonly cols: Record<Collection, Record<string, Stored>>;
  private readonly copied = new Set<Collection>();
  readonly changes: Changes = { workshop: false, boards: new Set(), notes: new Set(), rows: new Set(), steps: new Set() };
  /** Board id → ids of its notes and rows; built on first need, then kept up to date. */
  private held: Map<string, { notes: Set<string>; rows: number }> | null = null;

  constructor(private readonly base: WorkshopDoc) {
    this.workshop = base.workshop;
    this.cols = { boards: base.boards, notes: base.notes, rows: base.rows, steps: base.steps };
  }

  get<C extends Collection>(c: C, id: string): RecordOf<C> | undefined {
    return Object.hasOwn(this.cols[c], id) ? (this.cols[c][id] as RecordOf<C>) : undefined;
  }

  put<C extends Collection>(c: C, id: string, value: RecordOf<C>): void {
    const had = this.get(c, id);
    this.writable(c)[id] = value as Stored;
    this.changes[c].add(id);
    if (!had) this.index(c, value, +1);
  }

  delete<C extends Collection>(c: C, id: string): void {
    const had = this.get(c, id);
    if (!had) return;
    delete this.writable(c)[id];
    this.changes[c].add(id);
    this.index(c, had, -1);
  }

  getWorkshop(): Workshop {
    return this.workshop;
  }

  setWorkshop(w: Workshop): void {
    this.workshop = w;
    this.changes.workshop = true;
  }

  /** Ids of the notes on a board, and how many rows it holds. */
  heldBy(boardId: string): { notes: ReadonlySet<string>; rows: number } {
    return this.holdings().get(boardId) ?? { notes: new Set(), rows: 0 };
  }

  finish(): WorkshopDoc {
    if (!this.changes.workshop && this.copied.size === 0) return this.base;
    return { workshop: this.workshop, ...this.cols } as WorkshopDoc;
  }

  private writable(c: Collection): Record<string, Stored> {
    if (!this.copied.has(c)) {
      this.cols[c] = { ...this.cols[c] };
      this.copied.add(c);
    }
    return this.cols[c];
  }

  private holdings(): Map<string, { notes: Set<string>; rows: number }> {
    if (this.held) return this.held;
    this.held = new Map();
    for (const n of Object.values(this.cols.notes)) this.slot(n.boardId!).notes.add(n.id);
    for (const r of Object.values(this.cols.rows)) this.slot(r.boardId!).rows++;
    return this.held;
  }

  private slot(boardId: string) {
    let s = this.held!.get(boardId);
    if (!s) this.held!.set(boardId, (s = { notes: new Set(), rows: 0 }));
    return s;
  }

  private index(c: Collection, value: Stored, delta: 1 | -1): void {
    if (!this.held || value.boardId === undefined) return;
    if (c === 'notes') {
      if (delta > 0) this.slot(value.boardId).notes.add(value.id);
      else this.slot(value.boardId).notes.delete(value.id);
    } else if (c === 'rows') this.slot(value.boardId).rows += delta;
  }
}
