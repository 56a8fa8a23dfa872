import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE } from '../../electron/db/openDatabase';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import type { RoomStatus } from '../../shared/contract/room';
import { openSocket } from '../helpers/roomSocket';
import { tempDir } from '../helpers/tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const open: Services[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  cleanups.splice(0).forEach((c) => c());
});

function start(dir: string): Services {
  const s = createServices({
    dataDir: dir,
    resourcesDir: path.join(ROOT, 'resources'),
    room: { staticDir: path.join(ROOT, 'dist/renderer'), bindHost: '127.0.0.1', facilitatorOrigins: [] },
  });
  open.push(s);
  return s;
}

describe('a room goes with what it belongs to', () => {
  it('deleting the workshop of the open room closes the room', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const s = start(t.dir);
    const w = await s['workshops.create']({
      fields: { name: 'จะลบ', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
    });
    const room = await s['room.open']({ workshopId: w.id });
    const page = await openSocket(room.port, new URL(room.facilitatorSocketUrl).pathname);
    await s['workshops.delete']({ id: w.id });
    expect((await page.closed).code).toBe(4000);
    expect((await s['room.status']({})).room).toBeNull();
  });

  it('restoring every workshop from a backup closes the open room and never reopens a room the backup was taken during', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const s = start(t.dir);
    const w = await s['workshops.create']({
      fields: { name: 'ก่อนกู้คืน', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
    });
    const during = (await s['room.open']({ workshopId: w.id })).urls[0]!;
    // A backup taken while that room was open holds its row (key, port).
    const backup = await s['backups.create']({});
    await s['room.close']({});
    const now: RoomStatus = await s['room.open']({ workshopId: w.id });
    expect(now.urls[0]).not.toBe(during);
    const page = await openSocket(now.port, new URL(now.facilitatorSocketUrl).pathname);

    await s['backups.restore']({ name: backup.name });
    expect((await s['room.status']({})).room).toBeNull();
    expect((await page.closed).code).toBe(4000);

    // As after a crash: a new host on the same folder has no room to reopen.
    s.close();
    open.splice(open.indexOf(s), 1);
    expect(await start(t.dir).room!.resume()).toBeNull();
  });

  it('a host in recovery (damaged database) starts with rooms enabled: no room to reopen, and it quits cleanly', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    fs.writeFileSync(path.join(t.dir, DB_FILE), 'this is not sqlite '.repeat(100));
    const s = start(t.dir);
    expect((await s['backups.status']({})).recovery?.kind).toBe('damaged');
    expect(await s.room!.resume()).toBeNull();
    expect((await s['room.status']({})).room).toBeNull();
    s.close();
    open.splice(open.indexOf(s), 1);
  });
});
