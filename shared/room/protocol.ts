import { z } from 'zod';
import type { MessageVars } from '../i18n';
import { idSchema } from '../model/ids';
import { LIMITS } from '../model/limits';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import { opSchema, type Op } from '../ops/Op';
import type { Library } from '../templates/Library';

/**
 * The room protocol: what a participant's or the facilitator's page and the host say over one
 * WebSocket. The host is the authority; ops are the diff. Shape after tldraw's sync (push / patch /
 * push_result), written on our own ops:
 *
 *   client → host: hello (who, where it was), push (one batch), presence (what I am editing), ping
 *   host → client: welcome (the document or what was missed), patch (others' accepted batches, in
 *                  the host's order), push_result (commit with its seq, or discard with why),
 *                  people (who is here), room (locked boards), notice (a refusal to show), bye
 *
 * Every message from a client is checked against these schemas and a size limit before anything runs.
 */
export const ROOM_PROTOCOL = 1;

/** The largest message a client may send, in bytes (a batch of a few hundred long Thai notes). */
export const MAX_CLIENT_MESSAGE_BYTES = 1_000_000;
/** Ops one connection may send per RATE_WINDOW_MS before its pushes are refused with a message. */
export const RATE_OPS = 600;
export const RATE_WINDOW_MS = 10_000;
/** Batches the log keeps per workshop for catching up; a client further behind gets the whole document. */
export const LOG_WINDOW = 5_000;

export const clientIdSchema = z.string().regex(/^[\w-]{8,64}$/, 'a client id is 8 to 64 letters, digits, _ or -');
/** A display name as typed (Thai); trimmed, 1–40 characters, no control characters. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'a name is needed')
  .max(40, 'a name is at most 40 characters')
  .regex(/^[^\p{Cc}]*$/u, 'a name may not hold control characters');

export const helloSchema = z
  .object({
    t: z.literal('hello'),
    protocol: z.literal(ROOM_PROTOCOL),
    clientId: clientIdSchema,
    name: displayNameSchema,
    /** The last seq this client has applied; null on a first join (send me the whole document). */
    lastSeq: z.number().int().nonnegative().nullable(),
    /** The facilitator's own page proves itself with the token room.open gave it; participants send none. */
    token: z.string().max(128).optional(),
    /**
     * Grows with each connection a page (client id) makes, across reloads. A hello still in flight
     * from a socket the page has already closed must not push out the page's newer socket.
     * Optional: a page that sends none is taken as newest.
     */
    attempt: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();

export const pushSchema = z
  .object({
    t: z.literal('push'),
    /** Grows by one per batch from this client id, across reconnects (a retry keeps its number). */
    clientSeq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    ops: z.array(opSchema).min(1, 'no ops to apply').max(LIMITS.opsPerBatch),
  })
  .strict();

export const presenceSchema = z.object({ t: z.literal('presence'), editing: idSchema.nullable() }).strict();
export const pingSchema = z.object({ t: z.literal('ping') }).strict();

export const clientMessageSchema = z.discriminatedUnion('t', [helloSchema, pushSchema, presenceSchema, pingSchema]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type Hello = z.infer<typeof helloSchema>;
export type Push = z.infer<typeof pushSchema>;

export type Role = 'facilitator' | 'participant';

/** One accepted batch, as the op log holds it: seq grows by one per batch within a workshop. */
export interface LogEntry {
  seq: number;
  clientId: string;
  clientSeq: number;
  ops: Op[];
}

/** A message for the person, in the dictionary's words (shared/i18n) with its values. */
export interface Refusal {
  key: string;
  /** A value may itself be a message ({key}), e.g. the word for a kind of record in an op's refusal. */
  vars?: MessageVars;
  /** English fallback, for logs and for a key this page does not know. */
  message: string;
}

export interface Person {
  /** The client id: stable across reconnects of one page. */
  id: string;
  name: string;
  role: Role;
  /** The note this person has open in the editor, if any. */
  editing: string | null;
}

export type HostMessage =
  | {
      t: 'welcome';
      role: Role;
      workshopId: string;
      /** The seq the client is at once it has taken this message in. */
      seq: number;
      /** The last batch of this client id the host has applied: pending batches up to it are done. */
      lastClientSeq: number;
      /** Sent when the client is new or too far behind: replace the confirmed document. */
      doc?: WorkshopDoc;
      /** Otherwise what it missed since its lastSeq, in order. */
      missed?: LogEntry[];
      library: Library;
      locked: string[];
      people: Person[];
    }
  | { t: 'patch'; entries: LogEntry[] }
  | { t: 'push_result'; clientSeq: number; action: 'commit'; seq: number | null }
  | { t: 'push_result'; clientSeq: number; action: 'discard'; refusal: Refusal }
  | { t: 'people'; people: Person[] }
  | { t: 'room'; locked: string[] }
  | { t: 'notice'; refusal: Refusal }
  | { t: 'pong' }
  | { t: 'bye'; reason: 'closed' | 'removed' | 'replaced'; refusal: Refusal };

/** WebSocket close codes the page tells apart (4000–4999 are the application's own). */
export const CLOSE = {
  /** The facilitator closed the room: do not reconnect. */
  roomClosed: 4000,
  /** The facilitator removed this person: do not reconnect. */
  removed: 4001,
  /** The same client id connected again elsewhere (another tab): this one stops. */
  replaced: 4002,
  /** A message broke the protocol (schema, size): reconnecting with the same message would fail again. */
  badMessage: 4003,
  /** Wrong key or no room: do not reconnect. */
  noRoom: 4004,
} as const;
