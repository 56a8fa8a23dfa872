import type Database from 'better-sqlite3';
import { RoomHub, type RoomHubOptions } from '../../electron/room/RoomHub';
import type { RoomConnection } from '../../electron/room/types';
import { WorkshopService } from '../../electron/services/WorkshopService';
import type { WorkshopId } from '../../shared/model/ids';
import type { HostMessage } from '../../shared/room/protocol';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { board, tableLayout } from './fixtures';
import { tempDatabase } from './tempDatabase';

export const FACILITATOR_TOKEN = 'facilitator-token-0123456789abcdef';

/** A socket as the hub sees it, keeping what it was sent (through JSON, as on the wire). */
export class FakeConnection implements RoomConnection {
  readonly sent: HostMessage[] = [];
  closed: { code: number; reason: string } | null = null;
  send(msg: HostMessage): void {
    if (this.closed) throw new Error('sent on a closed connection');
    this.sent.push(JSON.parse(JSON.stringify(msg)) as HostMessage);
  }
  close(code: number, reason: string): void {
    this.closed ??= { code, reason };
  }
  /** Messages of one kind, in order. */
  of<T extends HostMessage['t']>(t: T): Extract<HostMessage, { t: T }>[] {
    return this.sent.filter((m): m is Extract<HostMessage, { t: T }> => m.t === t);
  }
  last(): HostMessage | undefined {
    return this.sent.at(-1);
  }
}

/** A workshop on a real SQLite file with a canvas board b1 and a table board t1 holding row r1, and its hub. */
export function hubOnTempDatabase(opts: Partial<RoomHubOptions> = {}, logWindow?: number) {
  const { dir, db } = tempDatabase();
  const workshops = new WorkshopService(db, undefined, { logWindow });
  const w = workshops.create({ name: 'บ้านหนองบัว', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' });
  workshops.applyOps(w.id, [
    { type: 'board.add', value: { ...board('b1'), title: 'ผืนผ้าใบหลัก' } },
    { type: 'board.add', value: { ...board('t1', tableLayout), title: 'แผนปฏิบัติการ' } },
    { type: 'row.add', value: { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: {} } },
  ]);
  const hub = new RoomHub({ workshopId: w.id, token: FACILITATOR_TOKEN, workshops, library: () => BUILTIN_LIBRARY, ...opts });
  return { dir, db: db as Database.Database, workshops, hub, workshopId: w.id as WorkshopId };
}

/** Connects a fake socket and says hello; returns the connection and its message handler. */
export function join(hub: RoomHub, clientId: string, over: { name?: string; lastSeq?: number | null; token?: string } = {}) {
  const conn = new FakeConnection();
  const handlers = hub.accept(conn);
  const say = (msg: unknown) => handlers.onMessage(JSON.stringify(msg));
  say({
    t: 'hello',
    protocol: 1,
    clientId,
    name: over.name ?? 'สมศรี',
    lastSeq: over.lastSeq ?? null,
    ...(over.token ? { token: over.token } : {}),
  });
  return { conn, handlers, say };
}
