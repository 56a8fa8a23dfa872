import type { WorkshopDoc } from '../model/WorkshopDoc';
import { applyBatch } from '../ops/applyBatch';
import type { Op } from '../ops/Op';
import type { Library } from '../templates/Library';
import { CLOSE, ROOM_PROTOCOL, type ClientMessage, type HostMessage, type LogEntry, type Person, type Role } from './protocol';
import type { LinkStatus, RoomTransport, SyncClientOptions, SyncView } from './syncTypes';

/*
 * The room protocol, client side (the host side is electron/room/RoomHub.ts).
 *
 * The client keeps the CONFIRMED document (as of `lastSeq`, the last log entry it has applied) and
 * its own PENDING batches, each with a client seq from a counter that only grows (kept in storage,
 * and never below what the host says it has applied). What the page sees is the confirmed document
 * with the pending batches applied on top; a pending batch that no longer applies there is shown
 * without and left for the host to decide.
 *
 *  - push(ops): a new pending batch, shown at once, sent if live (else when the socket is back).
 *  - patch (others' batches, in the host's order): applied to the confirmed document, pending
 *    re-applied on top (rebase). An entry with this client id came by another path (the save
 *    queue over HTTP): pending batches up to its client seq are done.
 *  - push_result commit {seq}: the batch joins the confirmed document at that seq; seq null means
 *    it was applied before (its entry came in a welcome). discard: dropped, the page told why.
 *  - (re)connect: hello with lastSeq (null without a document: send it whole); the welcome carries
 *    the document or what was missed and the host's lastClientSeq, so pending batches up to it are
 *    dropped (applied already, their answer lost) and the rest are sent again, in order.
 *  - A dropped socket is retried after 0.5 s, doubling to 5 s, unless the close code says the room is
 *    closed, this person removed or replaced, the key wrong or a message malformed.
 *  - Anything out of step (a seq gap, an entry that does not apply, a commit for an unknown batch)
 *    makes it reconnect and catch up from the log, rather than guess.
 * Pending batches live in storage, so a reload while offline keeps its edits.
 */

interface Pending {
  clientSeq: number;
  ops: Op[];
}

/** What survives a reload, per client id. */
interface Stored {
  workshopId: string | null;
  counter: number;
  pending: Pending[];
  /** The last connection attempt's number (see hello.attempt). */
  attempt?: number;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 5_000;

/** Close codes after which trying again would not help, and what the page then shows. */
const FINAL: Record<number, LinkStatus> = {
  [CLOSE.roomClosed]: 'closed',
  [CLOSE.removed]: 'removed',
  [CLOSE.replaced]: 'closed',
  [CLOSE.badMessage]: 'refused',
  [CLOSE.noRoom]: 'refused',
};

export class SyncClient {
  private confirmed: WorkshopDoc | null = null;
  private lastSeq: number | null = null;
  private workshopId: string | null = null;
  private pending: Pending[] = [];
  private counter = 0;
  private attempt = 0;
  private shown: WorkshopDoc | null = null;
  private library: Library | null = null;
  private role: Role | null = null;
  private people: Person[] = [];
  private locked: string[] = [];
  private status: LinkStatus = 'connecting';
  private editing: string | null = null;
  private transport: RoomTransport | null = null;
  /** Bumped per socket, so events from an older one are ignored. */
  private generation = 0;
  private live = false;
  private retryMs = FIRST_RETRY_MS;
  private timer: unknown = null;
  private stopped = false;
  private readonly storageKey: string;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly opts: SyncClientOptions) {
    this.storageKey = `cbmc.room.${opts.clientId}`;
    this.setTimer = opts.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    const saved = this.load();
    if (saved) {
      this.workshopId = saved.workshopId;
      this.counter = saved.counter;
      this.pending = saved.pending;
      this.attempt = saved.attempt ?? 0;
    }
    this.connect();
  }

  /** A batch of mine: shown at once, sent when live. */
  push(ops: Op[]): void {
    if (this.stopped || ops.length === 0) return;
    const batch: Pending = { clientSeq: ++this.counter, ops };
    this.pending.push(batch);
    this.save();
    if (this.live) this.send({ t: 'push', clientSeq: batch.clientSeq, ops });
    this.rebase();
  }

  /** The note this person has open in the editor, for the others' presence tags. */
  setEditing(noteId: string | null): void {
    this.editing = noteId;
    if (this.live) this.send({ t: 'presence', editing: noteId });
  }

  stop(): void {
    this.stopped = true;
    this.live = false;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.generation++;
    this.transport?.close();
    this.transport = null;
  }

  view(): SyncView {
    return {
      doc: this.shown,
      library: this.library,
      role: this.role,
      people: this.people,
      locked: this.locked,
      status: this.status,
      pending: this.pending.length,
    };
  }

  /** The confirmed document and its seq (for tests and diagnostics). */
  confirmedState(): { doc: WorkshopDoc | null; seq: number | null } {
    return { doc: this.confirmed, seq: this.lastSeq };
  }

  private connect(): void {
    if (this.stopped) return;
    this.timer = null;
    const gen = ++this.generation;
    const mine = () => gen === this.generation && !this.stopped;
    this.live = false;
    this.setStatus('connecting');
    // Grows across reloads (storage) and, without storage, with the clock.
    this.attempt = Math.max(this.attempt + 1, Date.now());
    this.save();
    const transport = this.opts.connect();
    this.transport = transport;
    transport.open({
      onOpen: () => {
        if (!mine()) return;
        this.send({
          t: 'hello',
          protocol: ROOM_PROTOCOL,
          clientId: this.opts.clientId,
          name: this.opts.name,
          lastSeq: this.confirmed ? this.lastSeq : null,
          attempt: this.attempt,
          ...(this.opts.token ? { token: this.opts.token } : {}),
        });
      },
      onMessage: (data) => {
        if (mine()) this.receive(data);
      },
      onClose: (code) => {
        if (mine()) this.closed(code);
      },
    });
  }

  private closed(code: number): void {
    this.live = false;
    this.transport = null;
    const final = FINAL[code];
    if (final) {
      this.generation++;
      return this.setStatus(final);
    }
    this.setStatus('offline');
    this.timer = this.setTimer(() => this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  /** Out of step with the host: drop this socket and catch up from the log on a new one. */
  private resync(): void {
    const t = this.transport;
    this.generation++;
    this.transport = null;
    t?.close();
    this.connect();
  }

  private receive(data: string): void {
    let msg: HostMessage;
    try {
      msg = JSON.parse(data) as HostMessage;
    } catch {
      return this.resync();
    }
    switch (msg.t) {
      case 'welcome':
        return this.welcome(msg);
      case 'patch':
        for (const entry of msg.entries) if (!this.take(entry)) return this.resync();
        return this.rebase();
      case 'push_result':
        if (msg.action === 'discard') return this.discard(msg.clientSeq, msg);
        return this.commit(msg.clientSeq, msg.seq);
      case 'people':
        this.people = msg.people;
        return this.emit();
      case 'room':
        this.locked = msg.locked;
        return this.emit();
      case 'notice':
        return this.opts.onNotice(msg.refusal);
      case 'bye':
        // The close code that follows stops the retries; the person is told why now.
        return this.opts.onNotice(msg.refusal);
      case 'pong':
        return;
    }
  }

  private welcome(w: Extract<HostMessage, { t: 'welcome' }>): void {
    if (this.workshopId !== null && this.workshopId !== w.workshopId) {
      // Batches kept from a room of another workshop do not belong here.
      this.pending = [];
      this.confirmed = null;
    }
    this.workshopId = w.workshopId;
    if (w.doc) {
      this.confirmed = w.doc;
      this.lastSeq = w.seq;
    } else {
      for (const entry of w.missed ?? []) if (!this.take(entry)) return this.resyncWhole();
      if (this.lastSeq !== w.seq) return this.resyncWhole();
    }
    this.counter = Math.max(this.counter, w.lastClientSeq);
    this.pending = this.pending.filter((p) => p.clientSeq > w.lastClientSeq);
    this.save();
    this.role = w.role;
    this.library = w.library;
    this.locked = w.locked;
    this.people = w.people;
    this.live = true;
    this.retryMs = FIRST_RETRY_MS;
    this.status = 'live';
    for (const p of this.pending) this.send({ t: 'push', clientSeq: p.clientSeq, ops: p.ops });
    if (this.editing !== null) this.send({ t: 'presence', editing: this.editing });
    this.rebase();
  }

  /** What was missed could not be applied: ask for the whole document instead. */
  private resyncWhole(): void {
    this.confirmed = null;
    this.lastSeq = null;
    this.resync();
  }

  /** Applies one log entry to the confirmed document; false when it is out of step. */
  private take(entry: LogEntry): boolean {
    if (this.confirmed === null || this.lastSeq === null) return false;
    if (entry.seq <= this.lastSeq) return true; // seen already
    if (entry.seq !== this.lastSeq + 1) return false;
    try {
      this.confirmed = applyBatch(this.confirmed, entry.ops).doc;
    } catch {
      return false;
    }
    this.lastSeq = entry.seq;
    if (entry.clientId === this.opts.clientId) {
      // A batch of mine that reached the host another way (the save queue): it is done.
      const before = this.pending.length;
      this.pending = this.pending.filter((p) => p.clientSeq > entry.clientSeq);
      if (this.pending.length !== before) this.save();
    }
    return true;
  }

  private commit(clientSeq: number, seq: number | null): void {
    const i = this.pending.findIndex((p) => p.clientSeq === clientSeq);
    if (seq === null) {
      // Applied before; its entry reached this client in a welcome or patch, or is still to come.
      if (i < 0) return;
      this.pending.splice(i, 1);
      this.save();
      return this.resync();
    }
    if (i < 0 || this.confirmed === null || this.lastSeq === null || seq !== this.lastSeq + 1) return this.resync();
    const [batch] = this.pending.splice(i, 1);
    this.save();
    if (!this.take({ seq, clientId: this.opts.clientId, clientSeq, ops: batch!.ops })) return this.resyncWhole();
    this.rebase();
  }

  private discard(clientSeq: number, msg: Extract<HostMessage, { t: 'push_result'; action: 'discard' }>): void {
    const i = this.pending.findIndex((p) => p.clientSeq === clientSeq);
    if (i < 0) return; // a duplicate send of a batch already settled
    const [batch] = this.pending.splice(i, 1);
    this.save();
    this.rebase();
    this.opts.onDiscard(batch!.ops, msg.refusal);
  }

  /** The confirmed document with every pending batch that still applies on top. */
  private rebase(): void {
    let doc = this.confirmed;
    if (doc) {
      for (const p of this.pending) {
        try {
          doc = applyBatch(doc, p.ops).doc;
        } catch {
          // Shown without; the host decides (it will most likely discard it, and say why).
        }
      }
    }
    this.shown = doc;
    this.emit();
  }

  private setStatus(status: LinkStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit();
  }

  private emit(): void {
    this.opts.onView(this.view());
  }

  private send(msg: ClientMessage): void {
    this.transport?.send(JSON.stringify(msg));
  }

  private load(): Stored | null {
    try {
      const text = this.opts.storage?.getItem(this.storageKey);
      if (!text) return null;
      const s = JSON.parse(text) as Stored;
      return typeof s.counter === 'number' && Array.isArray(s.pending) ? s : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    if (!this.opts.storage) return;
    const s: Stored = { workshopId: this.workshopId, counter: this.counter, pending: this.pending, attempt: this.attempt };
    try {
      this.opts.storage.setItem(this.storageKey, JSON.stringify(s));
    } catch {
      // Storage full or refused: the edits still travel while the page stays open.
    }
  }
}
