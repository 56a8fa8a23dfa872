import { createHash, timingSafeEqual } from 'node:crypto';
import type { WorkshopId } from '../../shared/model/ids';
import { participantRefusal } from '../../shared/room/participantRules';
import {
  CLOSE,
  MAX_CLIENT_MESSAGE_BYTES,
  RATE_OPS,
  RATE_WINDOW_MS,
  clientMessageSchema,
  type HostMessage,
  type Hello,
  type LogEntry,
  type Person,
  type Push,
  type Refusal,
} from '../../shared/room/protocol';
import { refusal } from '../../shared/room/refusal';
import type { Library } from '../../shared/templates/Library';
import { toHostError } from '../services/dispatch';
import type { WorkshopService } from '../services/WorkshopService';
import type { ConnectionHandlers, RoomConnection, RoomHubApi } from './types';

/*
 * The room protocol, host side (the client side is shared/room/SyncClient.ts).
 *
 *  1. A socket's first message is `hello {clientId, name, lastSeq, token?}`. The token makes it the
 *     facilitator's (compared in constant time); without it, or with a wrong one, it is a participant.
 *     The hub answers `welcome`: the whole document when lastSeq is null, ahead of the host or older
 *     than the op log reaches; otherwise the log entries after lastSeq. Either way with the seq the
 *     client is then at, the last client seq of this client id the host has applied (its pending
 *     batches up to it are done), the library, the locked boards and who is here. From then on the
 *     connection gets every batch the workshop's log accepts, in seq order, as `patch`: the hub
 *     listens to WorkshopService, so batches from the facilitator's window over IPC/HTTP come too.
 *  2. `push {clientSeq, ops}` is one batch. Checked in order: schema, participant rules (note and
 *     cell edits on boards that are not locked), the connection's op rate; then applied with the
 *     client id and seq, so a batch sent again is applied once. The sender gets `push_result`:
 *     commit with the batch's seq (null when it had been applied already: the client finds it in
 *     what it missed), or discard with a refusal in the dictionary's words. Everyone else gets the
 *     entry as a patch. Nothing is sent to the sender for its own batch but the push_result.
 *  3. `presence {editing}` updates the person and everyone gets `people`. `ping` → `pong`.
 *  4. A message that is not JSON, too large or off the schema (or a push before hello) is answered
 *     with a `notice` and the socket is closed with CLOSE.badMessage; nothing is changed.
 *  5. The same client id connecting again (a reload, a second tab) replaces the older socket, which
 *     gets `bye replaced`; a hello with a lower `attempt` than one already seen for its client id is
 *     the older one (sent before its page reconnected) and is the one replaced. remove() sends `bye removed` and refuses that client id from then on;
 *     close() sends `bye closed` to everyone. Each bye is followed by its CLOSE code.
 */

/** What the hub needs of WorkshopService. */
export type RoomWorkshops = Pick<WorkshopService, 'openForEditing' | 'opsSince' | 'lastClientSeq' | 'applyOps' | 'onApplied'>;

export interface RoomHubOptions {
  workshopId: string;
  /** The facilitator's token (room.open hands it to the facilitator's page). */
  token: string;
  workshops: RoomWorkshops;
  /** The active template library, sent in each welcome. */
  library(): Library;
  /** Ops one connection may push per window; RATE_OPS per RATE_WINDOW_MS by default. */
  rateLimit?: { ops: number; windowMs: number };
  now?: () => number;
}

interface Member {
  conn: RoomConnection;
  /** Set by hello; null until then. */
  person: Person | null;
  rate: { windowStart: number; used: number };
  gone: boolean;
}

export class RoomHub implements RoomHubApi {
  readonly workshopId: string;
  private readonly members = new Set<Member>();
  private readonly lockedBoards = new Set<string>();
  /** The newest connection attempt each client id has said hello with. */
  private readonly attempts = new Map<string, number>();
  /** Client ids the facilitator removed: refused for as long as the room is open. */
  private readonly removed = new Set<string>();
  private readonly tokenDigest: Buffer;
  private readonly stopListening: () => void;
  /** The member whose push is being applied: it gets push_result, not the patch. */
  private pushing: Member | null = null;
  private closed = false;
  private readonly rateOps: number;
  private readonly rateWindowMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: RoomHubOptions) {
    this.workshopId = opts.workshopId;
    this.tokenDigest = digest(opts.token);
    this.rateOps = opts.rateLimit?.ops ?? RATE_OPS;
    this.rateWindowMs = opts.rateLimit?.windowMs ?? RATE_WINDOW_MS;
    this.now = opts.now ?? Date.now;
    this.stopListening = opts.workshops.onApplied((workshopId, entry) => {
      if (workshopId === this.workshopId) this.broadcastEntry(entry);
    });
  }

  accept(conn: RoomConnection): ConnectionHandlers {
    const member: Member = { conn, person: null, rate: { windowStart: -Infinity, used: 0 }, gone: false };
    if (this.closed) {
      this.bye(member, 'closed');
      return { onMessage: () => undefined, onClose: () => undefined };
    }
    this.members.add(member);
    return {
      onMessage: (raw) => {
        if (!member.gone) this.onMessage(member, raw);
      },
      onClose: () => this.leave(member),
    };
  }

  setLocked(boardId: string, locked: boolean): void {
    if (locked) this.lockedBoards.add(boardId);
    else this.lockedBoards.delete(boardId);
    this.toAll({ t: 'room', locked: this.locked() });
  }

  locked(): string[] {
    return [...this.lockedBoards];
  }

  people(): Person[] {
    const out: Person[] = [];
    for (const m of this.members) if (m.person) out.push({ ...m.person });
    return out;
  }

  remove(personId: string): void {
    this.removed.add(personId);
    // Each bye tells the others who is left.
    for (const m of [...this.members]) if (m.person?.id === personId) this.bye(m, 'removed');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    for (const m of [...this.members]) this.bye(m, 'closed');
  }

  private onMessage(m: Member, raw: string): void {
    if (Buffer.byteLength(raw, 'utf8') > MAX_CLIENT_MESSAGE_BYTES)
      return this.badMessage(m, `larger than ${MAX_CLIENT_MESSAGE_BYTES} bytes`);
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.badMessage(m, 'not JSON');
    }
    const parsed = clientMessageSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.badMessage(m, issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'unknown message');
    }
    const msg = parsed.data;
    if (msg.t === 'ping') return m.conn.send({ t: 'pong' });
    if (msg.t === 'hello') {
      if (m.person) return this.badMessage(m, 'hello sent twice');
      return this.hello(m, msg);
    }
    if (!m.person) {
      m.conn.send({ t: 'notice', refusal: refusal('roomRules.helloFirst') });
      return this.drop(m, CLOSE.badMessage, 'hello first');
    }
    if (msg.t === 'presence') {
      m.person.editing = msg.editing;
      return this.peopleChanged();
    }
    this.push(m, msg);
  }

  private hello(m: Member, msg: Hello): void {
    if (this.removed.has(msg.clientId)) {
      m.conn.send({ t: 'bye', reason: 'removed', refusal: refusal('roomRules.removedBefore') });
      return this.drop(m, CLOSE.removed, 'removed');
    }
    // A hello from a socket the page has since replaced (it was still on its way) is the one to go.
    const newest = this.attempts.get(msg.clientId);
    if (msg.attempt !== undefined && newest !== undefined && msg.attempt < newest) return this.bye(m, 'replaced');
    if (msg.attempt !== undefined) this.attempts.set(msg.clientId, msg.attempt);
    // One socket per client id: a reload or a second tab takes over, the older one is told why.
    for (const other of [...this.members]) if (other !== m && other.person?.id === msg.clientId) this.bye(other, 'replaced');
    const role = msg.token !== undefined && timingSafeEqual(digest(msg.token), this.tokenDigest) ? 'facilitator' : 'participant';
    const ws = this.opts.workshops;
    let welcome: HostMessage;
    try {
      // Read and sent in one turn: no batch can land between the seq and what it describes.
      const { doc, seq } = ws.openForEditing(this.workshopId as WorkshopId);
      const missed = msg.lastSeq === null ? null : ws.opsSince(this.workshopId as WorkshopId, msg.lastSeq);
      m.person = { id: msg.clientId, name: msg.name, role, editing: null };
      welcome = {
        t: 'welcome',
        role,
        workshopId: this.workshopId,
        seq,
        lastClientSeq: ws.lastClientSeq(msg.clientId),
        ...(missed ? { missed } : { doc }),
        library: this.opts.library(),
        locked: this.locked(),
        people: this.people(),
      };
    } catch (e) {
      m.person = null;
      m.conn.send({ t: 'notice', refusal: refusalOf(e) });
      return this.drop(m, CLOSE.noRoom, 'workshop unavailable');
    }
    m.conn.send(welcome);
    this.peopleChanged(m);
  }

  private push(m: Member, msg: Push): void {
    const person = m.person!;
    const discard = (r: Refusal) => m.conn.send({ t: 'push_result', clientSeq: msg.clientSeq, action: 'discard', refusal: r });
    if (person.role === 'participant') {
      let doc;
      try {
        doc = this.opts.workshops.openForEditing(this.workshopId as WorkshopId).doc;
      } catch (e) {
        return discard(refusalOf(e));
      }
      const refused = participantRefusal(doc, msg.ops, this.lockedBoards);
      if (refused) return discard(refused);
    }
    if (!this.takeRate(m, msg.ops.length)) {
      return discard(refusal('roomRules.rateLimited', { n: this.rateOps, seconds: Math.round(this.rateWindowMs / 1000) }));
    }
    let seq: number | null;
    this.pushing = m;
    try {
      seq = this.opts.workshops.applyOps(this.workshopId as WorkshopId, msg.ops, { id: person.id, seq: msg.clientSeq }).seq;
    } catch (e) {
      return discard(refusalOf(e));
    } finally {
      this.pushing = null;
    }
    m.conn.send({ t: 'push_result', clientSeq: msg.clientSeq, action: 'commit', seq });
  }

  /** Called by WorkshopService after each commit of this workshop, whatever path the batch came by. */
  private broadcastEntry(entry: LogEntry): void {
    const msg: HostMessage = { t: 'patch', entries: [entry] };
    for (const m of this.members) if (m.person && m !== this.pushing) m.conn.send(msg);
  }

  /** A fixed window per connection: one runaway page cannot flood the single SQLite writer. */
  private takeRate(m: Member, n: number): boolean {
    const t = this.now();
    if (t - m.rate.windowStart >= this.rateWindowMs) m.rate = { windowStart: t, used: 0 };
    if (m.rate.used + n > this.rateOps) return false;
    m.rate.used += n;
    return true;
  }

  private badMessage(m: Member, detail: string): void {
    m.conn.send({ t: 'notice', refusal: refusal('roomRules.badMessage', { detail }) });
    this.drop(m, CLOSE.badMessage, 'bad message');
  }

  private bye(m: Member, reason: 'closed' | 'removed' | 'replaced'): void {
    const words = { closed: 'roomRules.byeClosed', removed: 'roomRules.byeRemoved', replaced: 'roomRules.byeReplaced' } as const;
    const code = { closed: CLOSE.roomClosed, removed: CLOSE.removed, replaced: CLOSE.replaced }[reason];
    m.conn.send({ t: 'bye', reason, refusal: refusal(words[reason]) });
    this.drop(m, code, reason);
  }

  /** Forgets the member at once (it hears nothing more) and closes its socket. */
  private drop(m: Member, code: number, reason: string): void {
    const wasPerson = m.person !== null;
    this.members.delete(m);
    m.gone = true;
    m.conn.close(code, reason);
    if (wasPerson && !this.closed) this.peopleChanged();
  }

  private leave(m: Member): void {
    if (m.gone) return;
    m.gone = true;
    this.members.delete(m);
    if (m.person) this.peopleChanged();
  }

  private peopleChanged(except?: Member): void {
    const people = this.people();
    for (const m of this.members) if (m.person && m !== except) m.conn.send({ t: 'people', people });
  }

  private toAll(msg: HostMessage): void {
    for (const m of this.members) if (m.person) m.conn.send(msg);
  }
}

/** Equal-length digests, so comparing them takes the same time whatever the token's length. */
function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** A host error or refused op in the dictionary's words (the kind of record as a message of its own). */
function refusalOf(e: unknown): Refusal {
  const err = toHostError(e);
  return err.key ? { key: err.key, vars: err.vars ?? {}, message: err.message } : refusal('roomRules.failed', { message: err.message });
}
