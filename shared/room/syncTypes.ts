import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops/Op';
import type { Library } from '../templates/Library';
import type { Person, Refusal, Role } from './protocol';

/**
 * connecting: opening or re-opening the socket; live: welcomed and in step with the host;
 * offline: the socket dropped, edits wait here and it tries again; closed / removed / refused:
 * the room was closed, this person was removed, or the key opens nothing: it does not try again.
 */
export type LinkStatus = 'connecting' | 'live' | 'offline' | 'closed' | 'removed' | 'refused';

/** One socket to the host. A new one is made for each (re)connect. */
export interface RoomTransport {
  open(handlers: { onOpen(): void; onMessage(data: string): void; onClose(code: number): void }): void;
  send(data: string): void;
  close(): void;
}

/** What the page shows: the confirmed document with this client's pending batches on top. */
export interface SyncView {
  doc: WorkshopDoc | null;
  library: Library | null;
  role: Role | null;
  people: Person[];
  /** Boards the facilitator has made read-only for participants. */
  locked: string[];
  status: LinkStatus;
  /** Batches sent or waiting that the host has not confirmed. */
  pending: number;
}

export interface SyncClientOptions {
  clientId: string;
  name: string;
  /** The facilitator page's token from room.open; participants have none. */
  token?: string;
  connect(): RoomTransport;
  /** Where pending batches and the last seq survive a reload (localStorage); null keeps them in memory. */
  storage?: Storage | null;
  onView(view: SyncView): void;
  /** The host refused a batch: it is rolled back here; the page says why and offers the lost text. */
  onDiscard(ops: Op[], refusal: Refusal): void;
  /** A message from the host that is not about one batch (rate limit, bad message, removed, closed). */
  onNotice(refusal: Refusal): void;
  setTimer?(run: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}
