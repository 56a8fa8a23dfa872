import type Database from 'better-sqlite3';
import { HostError } from '../../shared/contract/HostError';
import type { RoomStatus } from '../../shared/contract/room';
import { bilingual } from '../../shared/i18n/bilingual';
import { OpenRoomRepository, type StoredRoom } from '../db/openRoomRepository';
import { roomUrls, type InterfaceTable } from './networkAddresses';
import { newSecret } from './roomKey';
import { startRoomServer, type RunningRoomServer } from './RoomServer';
import type { RoomHubApi } from './types';

export interface RoomOptions {
  /** The built renderer (dist/renderer), served to participants. */
  staticDir: string;
  /** Where the room listens; '0.0.0.0' (every address) by default, so phones on the LAN reach it. */
  bindHost?: string;
  /** The port a new room asks for (0 = any free one); if taken, any free one, said so in status. */
  port?: number;
  /** The facilitator's own pages, allowed to open the room socket: the browser host's URL, Electron's 'file://'. */
  facilitatorOrigins: readonly string[];
  interfaces?: () => InterfaceTable;
  heartbeatMs?: number;
  /** Ops one connection may push per window (the protocol's RATE_OPS per RATE_WINDOW_MS by default). */
  rateLimit?: { ops: number; windowMs: number };
}

export interface RoomServiceDeps extends RoomOptions {
  db: () => Database.Database;
  /** Throws (not_found) when the workshop does not exist. */
  checkWorkshop(workshopId: string): void;
  /** The live room for one workshop; the token is what makes a connection the facilitator's. */
  createHub(workshopId: string, token: string): RoomHubApi;
  /** Told whenever a room opens (the CLI prints its addresses). */
  onOpened?(status: RoomStatus): void;
}

interface OpenRoom {
  stored: StoredRoom;
  hub: RoomHubApi;
  server: RunningRoomServer;
  movedFrom?: number;
}

/**
 * At most one open room. Opening starts the room's own server on the network; closing stops it,
 * closes every socket and forgets the key. The open room is stored, so a host that was killed
 * reopens it as it was (same port and key when the port is free) and every page reconnects.
 */
export class RoomService {
  private room: OpenRoom | null = null;
  private readonly repo: OpenRoomRepository;
  /** Serialises open/close/resume: two clicks on "open" must not start two servers. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RoomServiceDeps) {
    this.repo = new OpenRoomRepository(deps.db);
  }

  open(workshopId: string): Promise<RoomStatus> {
    return this.serial(async () => {
      if (this.room) {
        if (this.room.stored.workshopId === workshopId) return this.describe(this.room);
        throw new HostError('conflict', bilingual('roomHost.otherOpen', { workshop: this.room.stored.workshopId }), 'roomHost.otherOpen', {
          workshop: this.room.stored.workshopId,
        });
      }
      this.deps.checkWorkshop(workshopId);
      const stored: StoredRoom = {
        workshopId,
        key: newSecret(),
        token: newSecret(),
        port: 0,
        locked: [],
        openedAt: new Date().toISOString(),
      };
      return this.describe(await this.start(stored, this.deps.port ?? 0));
    });
  }

  /** Reopens the room stored before the host stopped (or was killed); null when none was open. */
  resume(): Promise<RoomStatus | null> {
    return this.serial(async () => {
      if (this.room) return this.describe(this.room);
      // A database waiting for a backup to be chosen (recovery) has no room to reopen.
      const stored = this.readStored();
      if (!stored) return null;
      return this.describe(await this.start(stored, stored.port));
    });
  }

  close(): Promise<{ closed: true }> {
    return this.serial(async () => {
      const room = this.room;
      this.room = null;
      this.repo.delete();
      if (room) await room.server.close();
      return { closed: true as const };
    });
  }

  /**
   * The host is quitting: the room is closed as if the facilitator had pressed "close" (a deliberate
   * quit leaves nothing open to the network on the next start; only a crash or kill reopens the room).
   * The stored row goes at once; the sockets close in the background.
   */
  shutdown(): Promise<void> {
    const room = this.room;
    this.room = null;
    try {
      this.repo.delete();
    } catch {
      // No database open (recovery): nothing stored to forget.
    }
    return room ? room.server.close() : Promise.resolve();
  }

  status(): RoomStatus | null {
    return this.room ? this.describe(this.room) : null;
  }

  lock(boardId: string, locked: boolean): RoomStatus {
    const room = this.current();
    room.hub.setLocked(boardId, locked);
    room.stored = { ...room.stored, locked: room.hub.locked() };
    this.repo.save(room.stored);
    return this.describe(room);
  }

  remove(personId: string): RoomStatus {
    const room = this.current();
    room.hub.remove(personId);
    return this.describe(room);
  }

  private async start(stored: StoredRoom, port: number): Promise<OpenRoom> {
    const hub = this.deps.createHub(stored.workshopId, stored.token);
    for (const boardId of stored.locked) hub.setLocked(boardId, true);
    let server: RunningRoomServer;
    let movedFrom: number | undefined;
    try {
      server = await this.listen(stored.key, hub, port);
    } catch (e) {
      // After a restart the old port may have been taken by something else: open anyway, and say so.
      if (port === 0 || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
        hub.close();
        throw e;
      }
      server = await this.listen(stored.key, hub, 0);
      movedFrom = port;
    }
    const room: OpenRoom = { stored: { ...stored, port: server.port }, hub, server, movedFrom };
    try {
      this.repo.save(room.stored);
    } catch (e) {
      await server.close();
      throw e;
    }
    this.room = room;
    this.deps.onOpened?.(this.describe(room));
    return room;
  }

  private listen(key: string, hub: RoomHubApi, port: number): Promise<RunningRoomServer> {
    const d = this.deps;
    return startRoomServer({
      hub,
      key,
      staticDir: d.staticDir,
      bindHost: d.bindHost,
      port,
      facilitatorOrigins: d.facilitatorOrigins,
      interfaces: d.interfaces,
      heartbeatMs: d.heartbeatMs,
    });
  }

  private describe(room: OpenRoom): RoomStatus {
    const { port, key, workshopId, token } = room.stored;
    const bind = this.deps.bindHost ?? '0.0.0.0';
    const wildcard = bind === '0.0.0.0' || bind === '::';
    // Bound to one address, that address is the only way in; on every address, each LAN IPv4 is.
    const urls = wildcard ? roomUrls(port, key, this.deps.interfaces?.()) : [`http://${bind}:${port}/r/${key}`];
    // The facilitator's page is on this machine: loopback when listening everywhere, else the one address.
    const local = wildcard ? '127.0.0.1' : bind;
    const status: RoomStatus = {
      workshopId,
      urls,
      port,
      facilitatorSocketUrl: `ws://${local}:${port}/r/${key}/ws`,
      token,
      locked: room.hub.locked(),
      people: room.hub.people(),
    };
    if (room.movedFrom !== undefined) status.movedFrom = room.movedFrom;
    return status;
  }

  private readStored(): StoredRoom | null {
    try {
      return this.repo.get();
    } catch {
      return null;
    }
  }

  private current(): OpenRoom {
    if (!this.room) throw new HostError('not_found', bilingual('roomHost.notOpen'), 'roomHost.notOpen');
    return this.room;
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
