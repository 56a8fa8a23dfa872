import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { DB_FILE } from '../../electron/db/openDatabase';
import type { RoomStatus } from '../../shared/contract/room';
import { MAX_CLIENT_MESSAGE_BYTES } from '../../shared/room/protocol';
import { board, note } from '../helpers/fixtures';
import { openSocket, rawRequest, type TestSocket } from '../helpers/roomSocket';
import { tempDir } from '../helpers/tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');
let services: Services;
let cleanup: () => void;
let dataDir: string;
let room: RoomStatus;
let key: string;
let ours: string;
let theirs: string;
const fields = (name: string) => ({ name, group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' });

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  dataDir = t.dir;
  services = createServices({
    dataDir: t.dir,
    resourcesDir: path.join(ROOT, 'resources'),
    room: {
      staticDir: path.join(ROOT, 'dist/renderer'),
      bindHost: '127.0.0.1',
      facilitatorOrigins: [],
      rateLimit: { ops: 6, windowMs: 60_000 },
    },
  });
  ours = (await services['workshops.create']({ fields: fields('กลุ่มของเรา') })).id;
  theirs = (await services['workshops.create']({ fields: fields('กลุ่มอื่น') })).id;
  await services['ops.apply']({
    workshopId: ours as never,
    ops: [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
    ],
  });
  await services['ops.apply']({
    workshopId: theirs as never,
    ops: [
      { type: 'board.add', value: board('other-board') },
      { type: 'note.add', value: note('other-note', { boardId: 'other-board' as never }) },
    ],
  });
  room = await services['room.open']({ workshopId: ours as never });
  key = /\/r\/([\w-]+)\/ws$/.exec(room.facilitatorSocketUrl)![1]!;
});
afterAll(async () => {
  await services['room.close']({});
  services.close();
  cleanup();
});

/** Everything stored, as text: what must not move when a request is refused. */
function snapshot(): string {
  const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
  try {
    const tables = ['workshops', 'boards', 'notes', 'table_rows', 'steps', 'op_log'];
    return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
  } finally {
    db.close();
  }
}

async function participant(name = 'ผู้เข้าร่วม'): Promise<TestSocket> {
  const s = await openSocket(room.port, `/r/${key}/ws`);
  s.send({ t: 'hello', protocol: 1, clientId: `part-${Math.random().toString(36).slice(2, 12)}`, name, lastSeq: null });
  await s.next((m) => m.t === 'welcome');
  return s;
}

describe('a participant can edit notes of this workshop and nothing else', () => {
  it('a note added by a participant is committed (the control for the refusals below)', async () => {
    const s = await participant();
    s.send({ t: 'push', clientSeq: 1, ops: [{ type: 'note.add', value: note('from-phone', { text: 'ขายผ่านตลาดนัด' }) }] });
    expect(await s.next((m) => m.t === 'push_result')).toMatchObject({ clientSeq: 1, action: 'commit' });
    expect(snapshot()).toContain('from-phone');
    s.ws.close();
  });

  it('deleting a board, patching a step or the workshop is discarded with words naming it; nothing changes', async () => {
    const s = await participant();
    const before = snapshot();
    const attempts = [
      [{ type: 'board.remove', id: 'b1' }],
      [{ type: 'step.patch', id: 's1', patch: { status: 'done' } }],
      [{ type: 'workshop.patch', patch: { name: 'ยึดแล้ว' } }],
      [
        { type: 'note.add', value: note('sneak') },
        { type: 'board.patch', id: 'b1', patch: { title: 'x' } },
      ],
    ];
    for (const [i, ops] of attempts.entries()) {
      s.send({ t: 'push', clientSeq: i + 1, ops });
      const res = await s.next((m) => m.t === 'push_result' && m.clientSeq === i + 1);
      expect(res.action).toBe('discard');
      expect((res.refusal as { message: string }).message.length).toBeGreaterThan(10);
    }
    expect(snapshot()).toBe(before);
    s.ws.close();
  });

  it("ops on another workshop's notes or boards are discarded; that workshop is untouched", async () => {
    const s = await participant();
    const before = snapshot();
    s.send({ t: 'push', clientSeq: 1, ops: [{ type: 'note.patch', id: 'other-note', patch: { text: 'เปลี่ยน' } }] });
    s.send({ t: 'push', clientSeq: 2, ops: [{ type: 'note.remove', id: 'other-note' }] });
    s.send({ t: 'push', clientSeq: 3, ops: [{ type: 'note.add', value: note('planted', { boardId: 'other-board' as never }) }] });
    for (const seq of [1, 2, 3])
      expect(await s.next((m) => m.t === 'push_result' && m.clientSeq === seq)).toMatchObject({ action: 'discard' });
    expect(snapshot()).toBe(before);
    s.ws.close();
  });

  it('a malformed message gets a notice or a protocol close; an oversize one closes with 1009; nothing changes', async () => {
    const before = snapshot();
    for (const bad of [
      'not json',
      '{"t":"push","clientSeq":1}',
      '{"t":"delete_everything"}',
      JSON.stringify({ t: 'push', clientSeq: -1, ops: [] }),
    ]) {
      const s = await participant();
      s.send(bad);
      const outcome = await Promise.race([s.next((m) => m.t === 'notice').then(() => 'notice'), s.closed.then((c) => `close ${c.code}`)]);
      expect(outcome).toMatch(/^(notice|close 4003)$/);
      s.ws.close();
    }
    const big = await participant();
    big.send(
      JSON.stringify({
        t: 'push',
        clientSeq: 1,
        ops: [{ type: 'note.add', value: note('huge', { text: 'ก'.repeat(MAX_CLIENT_MESSAGE_BYTES) }) }],
      }),
    );
    expect((await big.closed).code).toBe(1009);
    expect(snapshot()).toBe(before);
  });

  it('a wrong key opens nothing, and the room port serves no /api; nothing changes', async () => {
    const before = snapshot();
    await expect(openSocket(room.port, `/r/${key.slice(1)}x/ws`)).rejects.toThrow(/HTTP 404/);
    for (const method of ['GET', 'POST']) expect((await rawRequest(room.port, method, '/api/workshops.list')).status).toBe(404);
    expect((await rawRequest(room.port, 'POST', `/r/${key}/api/ops.apply`)).status).toBe(404);
    expect(snapshot()).toBe(before);
  });

  it('beyond the op limit, a batch is refused with a message saying so and is not stored', async () => {
    const s = await participant();
    for (let i = 1; i <= 3; i++) {
      s.send({
        t: 'push',
        clientSeq: i,
        ops: [
          { type: 'note.add', value: note(`fast-${i}`) },
          { type: 'note.add', value: note(`fast-${i}b`) },
        ],
      });
    }
    s.send({ t: 'push', clientSeq: 4, ops: [{ type: 'note.add', value: note('one-too-many') }] });
    const refused = await s.next((m) => m.t === 'push_result' && m.clientSeq === 4);
    expect(refused).toMatchObject({ action: 'discard', refusal: { key: 'roomRules.rateLimited' } });
    expect((refused.refusal as { message: string }).message).toMatch(/too fast/);
    for (const i of [1, 2, 3]) expect(await s.next((m) => m.t === 'push_result' && m.clientSeq === i)).toMatchObject({ action: 'commit' });
    expect(snapshot()).toContain('fast-3b');
    expect(snapshot()).not.toContain('one-too-many');
    s.ws.close();
  });
});
