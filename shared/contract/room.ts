import { z } from 'zod';
import { idSchema, workshopIdSchema } from '../model/ids';
import type { Person } from '../room/protocol';

/** The open room as the facilitator's page sees it. */
export interface RoomStatus {
  workshopId: string;
  /** What participants open (and the QR codes hold): `http://<LAN IPv4>:<port>/r/<key>`, one per address. */
  urls: string[];
  port: number;
  /** The facilitator's own page joins over this socket, on loopback. */
  facilitatorSocketUrl: string;
  /** Sent in hello by the facilitator's page: it makes that connection the facilitator. */
  token: string;
  /** Boards participants may not edit. */
  locked: string[];
  people: Person[];
  /** Set when the room reopened after a restart but its old port was taken: the old port, so the page can say so. */
  movedFrom?: number;
}

const empty = z.object({}).strict();

interface Channel<Req extends z.ZodType, Res> {
  request: Req;
  response?: Res;
}
const channel =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): Channel<Req, Res> => ({ request });

/** Room mode's channels (the facilitator's side); part of the one contract (contract.ts). */
export const roomChannels = {
  /** Starts listening on the network for this workshop (at most one room at a time). Open again: the same room. */
  'room.open': channel<RoomStatus>()(z.object({ workshopId: workshopIdSchema }).strict()),
  /** Stops listening, closes every connection, voids the key. */
  'room.close': channel<{ closed: true }>()(empty),
  /** The open room, or null when none is open. */
  'room.status': channel<{ room: RoomStatus | null }>()(empty),
  /** Makes a board read-only for participants, or writable again. */
  'room.lock': channel<RoomStatus>()(z.object({ boardId: idSchema, locked: z.boolean() }).strict()),
  /** Removes a participant: told why, disconnected, and refused if that page comes back. */
  'room.remove': channel<RoomStatus>()(z.object({ personId: z.string().regex(/^[\w-]{8,64}$/, 'not a person in the room') }).strict()),
} as const;
