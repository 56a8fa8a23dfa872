import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/openDatabase';
import type { RoomStatus } from '../../shared/contract/room';
import { board, note } from '../helpers/fixtures';
import { killHard, startCliHost, type CliHost } from '../helpers/cliHost';
import { ResumingClient } from '../helpers/resumingClient';
import { tempDir } from '../helpers/tempDir';

const hosts: CliHost[] = [];
const clients: ResumingClient[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const h of hosts.splice(0)) await killHard(h.proc);
  cleanups.splice(0).forEach((c) => c());
});

const ROOM_ARGS = ['--room', '--room-host', '127.0.0.1'];
const fields = { name: 'ห้องไฟดับ', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' };

/** Waits (bounded) until `ok()` holds. */
async function until(ok: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function readFile(dir: string, workshopId: string) {
  const db = new Database(path.join(dir, DB_FILE), { readonly: true });
  try {
    const ids = new Set(
      db
        .prepare('SELECT id FROM notes WHERE workshop_id = ?')
        .all(workshopId)
        .map((r) => (r as { id: string }).id),
    );
    const log = db.prepare('SELECT seq, client_id, client_seq FROM op_log WHERE workshop_id = ? ORDER BY seq').all(workshopId) as Array<{
      seq: number;
      client_id: string;
      client_seq: number;
    }>;
    return { ids, log, integrity: db.pragma('integrity_check', { simple: true }) as string };
  } finally {
    db.close();
  }
}

describe('kill -9 of the room host mid-session', () => {
  it('reopens the same room; clients resume; every acknowledged batch is stored once; the file is intact', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    let host = await startCliHost(t.dir, 0, ROOM_ARGS);
    hosts.push(host);
    const workshopId = ((await host.call('workshops.create', { fields })).json.value as { id: string }).id;
    expect((await host.call('ops.apply', { workshopId, ops: [{ type: 'board.add', value: board('b1') }] })).status).toBe(200);
    const opened = await host.call('room.open', { workshopId });
    expect(opened.status).toBe(200);
    const room = opened.json.value as RoomStatus;
    const [roomUrl] = room.urls;
    expect(roomUrl).toBe(`http://127.0.0.1:${room.port}${new URL(room.facilitatorSocketUrl).pathname.replace(/\/ws$/, '')}`);
    expect(host.output()).toContain(`room: ${roomUrl}`);

    const people = ['สมชาย', 'มาลี', 'บุญมี'].map((name, i) => new ResumingClient(room.facilitatorSocketUrl, name, `p${i}`));
    clients.push(...people);
    await Promise.all(people.map((c) => c.connect()));

    // Everyone keeps adding notes, one batch every 15 ms, whether or not the host is there.
    let pushing = true;
    let n = 0;
    const pushers = people.map(async (c, i) => {
      for (let k = 0; pushing && k < 400; k++) {
        c.push([{ type: 'note.add', value: note(`p${i}-${k}`, { text: `ไอเดียที่ ${k} ของคนที่ ${i + 1}`, x: 10 + (k % 50), y: 10 }) }]);
        n++;
        await new Promise((r) => setTimeout(r, 15));
      }
    });

    // Killed once something is acknowledged, while batches are on their way.
    await until(() => people.every((c) => c.acknowledged.size >= 5), 20_000, 'first acknowledgements');
    await killHard(host.proc);
    const ackedBeforeKill = people.map((c) => new Map(c.acknowledged));
    // Straight from the file the dead host left: every acknowledged batch is already on disk.
    const stored = readFile(t.dir, workshopId);
    expect(stored.integrity).toBe('ok');
    const idsOf = (acked: Map<number, unknown[]>) => [...acked.values()].flat().map((op) => (op as { value: { id: string } }).value.id);
    for (const acked of ackedBeforeKill) for (const id of idsOf(acked)) expect(stored.ids.has(id)).toBe(true);

    host = await startCliHost(t.dir, 0, ROOM_ARGS);
    hosts.push(host);
    // The same room, the same address: the phones' pages need nothing new.
    expect(host.output()).toContain(`room: ${roomUrl}`);
    const status = (await host.call('room.status', {})).json.value as { room: RoomStatus };
    expect(status.room).toMatchObject({ workshopId, port: room.port, token: room.token, facilitatorSocketUrl: room.facilitatorSocketUrl });

    await Promise.all(people.map((c) => c.reconnect(10_000)));
    await new Promise((r) => setTimeout(r, 300));
    pushing = false;
    await Promise.all(pushers);
    await until(() => people.every((c) => c.unconfirmed === 0), 20_000, 'every queued batch to be confirmed');
    expect(people.every((c) => c.welcomes === 2 && c.discarded.length === 0)).toBe(true);

    await host.call('room.close', {});
    const after = readFile(t.dir, workshopId);
    expect(after.integrity).toBe('ok');
    // Every batch is acknowledged now, and stored.
    for (const c of people) for (const id of idsOf(c.acknowledged)) expect(after.ids.has(id)).toBe(true);
    expect(after.ids.size).toBe(n);
    // The log: one entry per batch, seq without gaps, no client batch twice.
    expect(after.log.map((e) => e.seq)).toEqual(after.log.map((_, i) => i + 1));
    expect(new Set(after.log.map((e) => `${e.client_id}#${e.client_seq}`)).size).toBe(after.log.length);
    expect(after.log.length).toBe(n + 1); // + the board
  });
});
