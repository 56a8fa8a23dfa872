import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomService } from '../../electron/room/RoomService';
import { WorkshopService } from '../../electron/services/WorkshopService';
import type { RoomHubApi } from '../../electron/room/types';
import { tempDatabase } from '../helpers/tempDatabase';
import { rawRequest } from '../helpers/roomSocket';
import { FAKE_INTERFACES } from './recordingHub';
import { RoomHub } from '../../electron/room/RoomHub';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';

const STATIC = path.resolve(import.meta.dirname, '../../dist/renderer');
const services: RoomService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.shutdown();
});

function setup(db = tempDatabase().db) {
  const workshops = new WorkshopService(db);
  const w = workshops.create({ name: 'ห้องทดสอบ', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' });
  return { db, workshops, w };
}

function service(db: ReturnType<typeof setup>['db'], workshops: WorkshopService, hubs: RoomHubApi[] = []) {
  const s = new RoomService({
    db: () => db,
    staticDir: STATIC,
    bindHost: '127.0.0.1',
    facilitatorOrigins: [],
    interfaces: () => FAKE_INTERFACES,
    checkWorkshop: (id) => void workshops.openForEditing(id as never),
    createHub: (workshopId, token) => {
      const hub = new RoomHub({ workshopId, token, workshops, library: () => BUILTIN_LIBRARY });
      hubs.push(hub);
      return hub;
    },
  });
  services.push(s);
  return s;
}

describe('RoomService', () => {
  it('opens one room with a fresh 128-bit key and token, and the same room when asked again', async () => {
    const { db, workshops, w } = setup();
    const rooms = service(db, workshops);
    const a = await rooms.open(w.id);
    const key = /\/r\/([\w-]+)\/ws$/.exec(a.facilitatorSocketUrl)![1]!;
    expect(Buffer.from(key, 'base64url')).toHaveLength(16);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(16);
    expect(a.token).not.toBe(key);
    expect(a.facilitatorSocketUrl).toBe(`ws://127.0.0.1:${a.port}/r/${key}/ws`);
    expect(a.urls).toEqual([`http://127.0.0.1:${a.port}/r/${key}`]);
    expect(await rooms.open(w.id)).toEqual(a);
    expect((await rawRequest(a.port, 'GET', `/r/${key}/`)).status).toBe(200);

    const other = workshops.create({ name: 'อีกกลุ่ม', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' });
    await expect(rooms.open(other.id)).rejects.toMatchObject({ code: 'conflict', key: 'roomHost.otherOpen' });
    await rooms.close();
    await expect(rooms.open('nope-workshop')).rejects.toMatchObject({ code: 'not_found' });
    expect(rooms.status()).toBeNull();
  });

  it('is stored until closed: a new service on the same database reopens it on the same port, key and locks', async () => {
    const { db, workshops, w } = setup();
    const first = service(db, workshops);
    const a = await first.open(w.id);
    first.lock('board-1', true);
    // As after kill -9: the listener is gone, the row is not.
    await (first as unknown as { room: { server: { close(): Promise<void> } } }).room.server.close();

    const hubs: RoomHubApi[] = [];
    const second = service(db, workshops, hubs);
    const b = await second.resume();
    expect(b).toMatchObject({
      workshopId: w.id,
      port: a.port,
      token: a.token,
      facilitatorSocketUrl: a.facilitatorSocketUrl,
      locked: ['board-1'],
    });
    expect(b!.movedFrom).toBeUndefined();
    expect(hubs[0]!.locked()).toEqual(['board-1']);

    await second.close();
    expect(second.status()).toBeNull();
    expect(db.prepare('SELECT COUNT(*) AS n FROM open_room').get()).toEqual({ n: 0 });
    expect(await service(db, workshops).resume()).toBeNull();
  });

  it('reopens on another port when the old one was taken meanwhile, and says so', async () => {
    const { db, workshops, w } = setup();
    const first = service(db, workshops);
    const a = await first.open(w.id);
    await (first as unknown as { room: { server: { close(): Promise<void> } } }).room.server.close();
    const squatter = net.createServer();
    await new Promise<void>((r) => squatter.listen(a.port, '127.0.0.1', () => r()));
    try {
      const b = await service(db, workshops).resume();
      expect(b!.port).not.toBe(a.port);
      expect(b!.movedFrom).toBe(a.port);
      expect(b!.token).toBe(a.token);
      expect(db.prepare('SELECT port FROM open_room').get()).toEqual({ port: b!.port });
    } finally {
      squatter.close();
    }
  });

  it('forgets the room when its workshop is deleted', async () => {
    const { db, workshops, w } = setup();
    const rooms = service(db, workshops);
    await rooms.open(w.id);
    await rooms.close();
    await rooms.open(w.id);
    await rooms.shutdown();
    expect(db.prepare('SELECT COUNT(*) AS n FROM open_room').get()).toEqual({ n: 0 });
    await rooms.open(w.id);
    workshops.delete(w.id);
    expect(db.prepare('SELECT COUNT(*) AS n FROM open_room').get()).toEqual({ n: 0 });
  });
});
