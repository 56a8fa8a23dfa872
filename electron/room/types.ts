import type { HostMessage, Person } from '../../shared/room/protocol';

/** One participant's or the facilitator's socket, as the hub sees it (ws in the server, a fake in tests). */
export interface RoomConnection {
  send(msg: HostMessage): void;
  close(code: number, reason: string): void;
}

/** What the hub answers for one accepted connection: the socket's messages go in here. */
export interface ConnectionHandlers {
  onMessage(raw: string): void;
  onClose(): void;
}

/**
 * The live room for one workshop: who is connected, what each may do, and the broadcast of every
 * batch the workshop's log accepts (from a socket, or from the facilitator's own window over IPC/HTTP).
 */
export interface RoomHubApi {
  readonly workshopId: string;
  /** A socket whose key was already checked. Its first message must be hello. */
  accept(conn: RoomConnection): ConnectionHandlers;
  /** Makes a board read-only for participants (or writable again) and tells everyone. */
  setLocked(boardId: string, locked: boolean): void;
  locked(): string[];
  people(): Person[];
  /** Removes a participant: told why, disconnected, and refused if the same client id comes back. */
  remove(personId: string): void;
  /** Says goodbye to every connection (CLOSE.roomClosed) and stops listening to the workshop's log. */
  close(): void;
}
