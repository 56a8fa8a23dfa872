import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { WorkshopService } from '../../electron/services/WorkshopService';
import { CLOSE, MAX_CLIENT_MESSAGE_BYTES, type HostMessage } from '../../shared/room/protocol';
import { note } from '../helpers/fixtures';
import { FACILITATOR_TOKEN, FakeConnection, hubOnTempDatabase, join } from '../helpers/roomHubSetup';

type Welcome = Extract<HostMessage, { t: 'welcome' }>;
const welcomeOf = (c: FakeConnection) => c.of('welcome')[0] as Welcome;
/** The workshop as a fresh connection to the file reads it. */
const stored = (dir: string, workshopId: string) => {
  const db = openDatabase(dir);
  try {
    return new WorkshopService(db).open(workshopId as never);
  } finally {
    db.close();
  }
};

describe('RoomHub', () => {
  it('welcomes a first join with the whole document, and the token alone makes the facilitator', () => {
    const { hub, workshopId } = hubOnTempDatabase();
    const p = join(hub, 'phone-aaaaaaaa', { name: 'สมศรี' });
    const w = welcomeOf(p.conn);
    expect(w).toMatchObject({ role: 'participant', workshopId, seq: 1, lastClientSeq: 0, locked: [] });
    expect(Object.keys(w.doc!.boards).sort()).toEqual(['b1', 't1']);
    expect(w.library.templates.length).toBeGreaterThan(0);
    expect(join(hub, 'guess-bbbbbbbb', { token: 'not-the-token' }).conn.of('welcome')[0]!.role).toBe('participant');
    const f = join(hub, 'laptop-cccccccc', { name: 'ผู้จัด', token: FACILITATOR_TOKEN });
    expect(welcomeOf(f.conn).role).toBe('facilitator');
    // Those already here hear who came.
    expect(
      p.conn
        .of('people')
        .at(-1)!
        .people.map((x) => [x.id, x.role]),
    ).toEqual([
      ['phone-aaaaaaaa', 'participant'],
      ['guess-bbbbbbbb', 'participant'],
      ['laptop-cccccccc', 'facilitator'],
    ]);
  });

  it('commits a push with its seq, sends it to everyone else as a patch, and applies a resend once', () => {
    const { hub, dir, workshopId } = hubOnTempDatabase();
    const a = join(hub, 'phone-aaaaaaaa');
    const b = join(hub, 'phone-bbbbbbbb');
    const ops = [{ type: 'note.add', value: note('n1', { text: 'ข้าวกล้องงอก' }) }];
    a.say({ t: 'push', clientSeq: 1, ops });
    expect(a.conn.last()).toEqual({ t: 'push_result', clientSeq: 1, action: 'commit', seq: 2 });
    expect(a.conn.of('patch')).toEqual([]);
    expect(b.conn.of('patch')).toEqual([{ t: 'patch', entries: [{ seq: 2, clientId: 'phone-aaaaaaaa', clientSeq: 1, ops }] }]);
    a.say({ t: 'push', clientSeq: 1, ops });
    expect(a.conn.last()).toEqual({ t: 'push_result', clientSeq: 1, action: 'commit', seq: null });
    expect(b.conn.of('patch')).toHaveLength(1);
    expect(Object.keys(stored(dir, workshopId).notes)).toEqual(['n1']);
  });

  it('passes batches from the facilitator window (IPC/HTTP) to every connection', () => {
    const { hub, workshops, workshopId } = hubOnTempDatabase();
    const a = join(hub, 'phone-aaaaaaaa');
    const f = join(hub, 'laptop-cccccccc', { token: FACILITATOR_TOKEN });
    workshops.applyOps(workshopId, [{ type: 'note.add', value: note('n1') }]);
    for (const c of [a.conn, f.conn]) expect(c.of('patch').map((p) => p.entries[0]!.seq)).toEqual([2]);
  });

  it('discards what a participant may not do, naming it, and changes nothing; the facilitator may', () => {
    const { hub, dir, workshopId } = hubOnTempDatabase();
    const p = join(hub, 'phone-aaaaaaaa');
    const other = join(hub, 'phone-bbbbbbbb');
    p.say({ t: 'push', clientSeq: 1, ops: [{ type: 'board.patch', id: 'b1', patch: { title: 'ของฉัน' } }] });
    expect(p.conn.last()).toMatchObject({ t: 'push_result', clientSeq: 1, action: 'discard', refusal: { key: 'roomRules.boards' } });
    p.say({ t: 'push', clientSeq: 2, ops: [{ type: 'workshop.patch', patch: { name: 'อื่น' } }] });
    expect(p.conn.last()).toMatchObject({ action: 'discard', refusal: { key: 'roomRules.workshop' } });
    expect(other.conn.of('patch')).toEqual([]);
    expect(stored(dir, workshopId).boards.b1!.title).toBe('ผืนผ้าใบหลัก');
    const f = join(hub, 'laptop-cccccccc', { token: FACILITATOR_TOKEN });
    f.say({ t: 'push', clientSeq: 1, ops: [{ type: 'board.patch', id: 'b1', patch: { title: 'ใหม่' } }] });
    expect(f.conn.last()).toMatchObject({ action: 'commit', seq: 2 });
  });

  it('refuses edits on a locked board to participants, tells everyone which boards are locked', () => {
    const { hub } = hubOnTempDatabase();
    const p = join(hub, 'phone-aaaaaaaa');
    hub.setLocked('b1', true);
    expect(p.conn.last()).toEqual({ t: 'room', locked: ['b1'] });
    expect(hub.locked()).toEqual(['b1']);
    p.say({ t: 'push', clientSeq: 1, ops: [{ type: 'note.add', value: note('n1') }] });
    expect(p.conn.last()).toMatchObject({ action: 'discard', refusal: { key: 'roomRules.locked', vars: { board: 'ผืนผ้าใบหลัก' } } });
    p.say({ t: 'push', clientSeq: 2, ops: [{ type: 'row.cell', id: 'r1', columnId: 'what', value: 'อบรม' }] });
    expect(p.conn.last()).toMatchObject({ action: 'commit', seq: 2 });
    hub.setLocked('b1', false);
    p.say({ t: 'push', clientSeq: 3, ops: [{ type: 'note.add', value: note('n1') }] });
    expect(p.conn.last()).toMatchObject({ action: 'commit', seq: 3 });
  });

  it('discards a batch that does not apply with the op error in the dictionary words', () => {
    const { hub } = hubOnTempDatabase();
    const p = join(hub, 'phone-aaaaaaaa');
    p.say({ t: 'push', clientSeq: 1, ops: [{ type: 'note.patch', id: 'ghost', patch: { text: 'x' } }] });
    expect(p.conn.last()).toMatchObject({
      action: 'discard',
      refusal: { key: 'opMissing', vars: { kind: { key: 'opKind_note' }, id: 'ghost' } },
    });
  });

  it('limits the ops per connection, with a message, and lets them through again after the window', () => {
    let t = 0;
    const { hub } = hubOnTempDatabase({ rateLimit: { ops: 3, windowMs: 1000 }, now: () => t });
    const p = join(hub, 'phone-aaaaaaaa');
    const q = join(hub, 'phone-bbbbbbbb');
    p.say({ t: 'push', clientSeq: 1, ops: [1, 2].map((i) => ({ type: 'note.add', value: note(`a${i}`) })) });
    p.say({ t: 'push', clientSeq: 2, ops: [3, 4].map((i) => ({ type: 'note.add', value: note(`a${i}`) })) });
    expect(p.conn.last()).toMatchObject({ action: 'discard', refusal: { key: 'roomRules.rateLimited', vars: { n: 3, seconds: 1 } } });
    // Another connection has its own allowance.
    q.say({ t: 'push', clientSeq: 1, ops: [{ type: 'note.add', value: note('b1') }] });
    expect(q.conn.last()).toMatchObject({ action: 'commit' });
    t = 1000;
    p.say({ t: 'push', clientSeq: 2, ops: [3, 4].map((i) => ({ type: 'note.add', value: note(`a${i}`) })) });
    expect(p.conn.last()).toMatchObject({ action: 'commit' });
  });

  it('welcomes a reconnect with what it missed, or the whole document when too far behind or ahead', () => {
    const { hub, workshops, workshopId } = hubOnTempDatabase({}, 3);
    for (let i = 0; i < 4; i++)
      workshops.applyOps(workshopId, [{ type: 'note.add', value: note(`n${i}`) }], { id: 'phone-aaaaaaaa', seq: i + 1 });
    // seq 1 (setup) … 5; the log keeps 3..5.
    const back = welcomeOf(join(hub, 'phone-aaaaaaaa', { lastSeq: 3 }).conn);
    expect(back.doc).toBeUndefined();
    expect(back.missed!.map((e) => e.seq)).toEqual([4, 5]);
    expect(back).toMatchObject({ seq: 5, lastClientSeq: 4 });
    expect(welcomeOf(join(hub, 'phone-bbbbbbbb', { lastSeq: 5 }).conn).missed).toEqual([]);
    expect(welcomeOf(join(hub, 'phone-cccccccc', { lastSeq: 1 }).conn).doc).toBeDefined();
    expect(welcomeOf(join(hub, 'phone-dddddddd', { lastSeq: 9 }).conn).doc).toBeDefined();
  });

  it('replaces the older socket of the same client id', () => {
    const { hub } = hubOnTempDatabase();
    const first = join(hub, 'phone-aaaaaaaa');
    const second = join(hub, 'phone-aaaaaaaa');
    expect(first.conn.last()).toMatchObject({ t: 'bye', reason: 'replaced' });
    expect(first.conn.closed?.code).toBe(CLOSE.replaced);
    expect(second.conn.closed).toBeNull();
    expect(hub.people().map((p) => p.id)).toEqual(['phone-aaaaaaaa']);
    // The old socket's late messages go nowhere.
    first.say({ t: 'push', clientSeq: 1, ops: [{ type: 'note.add', value: note('n1') }] });
    expect(second.conn.of('patch')).toEqual([]);
  });

  it("keeps the newer socket when a hello from the page's older socket arrives late", () => {
    const { hub } = hubOnTempDatabase();
    const newer = new FakeConnection();
    hub
      .accept(newer)
      .onMessage(JSON.stringify({ t: 'hello', protocol: 1, clientId: 'phone-aaaaaaaa', name: 'ก', lastSeq: null, attempt: 7 }));
    const stale = new FakeConnection();
    hub
      .accept(stale)
      .onMessage(JSON.stringify({ t: 'hello', protocol: 1, clientId: 'phone-aaaaaaaa', name: 'ก', lastSeq: null, attempt: 6 }));
    expect(stale.sent.map((m) => m.t)).toEqual(['bye']);
    expect(stale.closed?.code).toBe(CLOSE.replaced);
    expect(newer.closed).toBeNull();
    expect(hub.people()).toHaveLength(1);
  });

  it('removes a participant for good, and says goodbye to everyone when closed', () => {
    const { hub } = hubOnTempDatabase();
    const p = join(hub, 'phone-aaaaaaaa');
    const q = join(hub, 'phone-bbbbbbbb', { name: 'สมชาย' });
    hub.remove('phone-aaaaaaaa');
    expect(p.conn.last()).toMatchObject({ t: 'bye', reason: 'removed' });
    expect(p.conn.closed?.code).toBe(CLOSE.removed);
    expect(
      q.conn
        .of('people')
        .at(-1)!
        .people.map((x) => x.name),
    ).toEqual(['สมชาย']);
    const again = join(hub, 'phone-aaaaaaaa');
    expect(again.conn.of('welcome')).toEqual([]);
    expect(again.conn.closed?.code).toBe(CLOSE.removed);
    hub.close();
    expect(q.conn.last()).toMatchObject({ t: 'bye', reason: 'closed' });
    expect(q.conn.closed?.code).toBe(CLOSE.roomClosed);
    const late = join(hub, 'phone-eeeeeeee');
    expect(late.conn.sent.map((m) => m.t)).toEqual(['bye']);
    expect(late.conn.closed?.code).toBe(CLOSE.roomClosed);
  });

  it('shares presence with everyone', () => {
    const { hub } = hubOnTempDatabase();
    const p = join(hub, 'phone-aaaaaaaa');
    const q = join(hub, 'phone-bbbbbbbb');
    p.say({ t: 'presence', editing: 'n1' });
    expect(
      q.conn
        .of('people')
        .at(-1)!
        .people.find((x) => x.id === 'phone-aaaaaaaa')!.editing,
    ).toBe('n1');
    p.handlers.onClose();
    expect(
      q.conn
        .of('people')
        .at(-1)!
        .people.map((x) => x.id),
    ).toEqual(['phone-bbbbbbbb']);
  });

  it('answers a malformed message with a notice and closes, changing nothing', () => {
    const { hub, dir, workshopId } = hubOnTempDatabase();
    const bad: string[] = [
      'not json {',
      JSON.stringify({ t: 'push', clientSeq: 1, ops: [{ type: 'note.add', value: { id: 'x' } }] }),
      JSON.stringify({ t: 'push', clientSeq: 0, ops: [{ type: 'note.add', value: note('n1') }] }),
      JSON.stringify({ t: 'launch' }),
      JSON.stringify({
        t: 'push',
        clientSeq: 1,
        ops: [{ type: 'note.add', value: note('n1', { text: 'ก'.repeat(MAX_CLIENT_MESSAGE_BYTES / 3 + 10) }) }],
      }),
    ];
    for (const raw of bad) {
      const p = join(hub, 'phone-aaaaaaaa');
      p.handlers.onMessage(raw);
      expect(p.conn.of('notice').at(-1)!.refusal.key, raw.slice(0, 40)).toBe('roomRules.badMessage');
      expect(p.conn.closed?.code).toBe(CLOSE.badMessage);
    }
    // A push before hello.
    const conn = new FakeConnection();
    hub.accept(conn).onMessage(JSON.stringify({ t: 'push', clientSeq: 1, ops: [{ type: 'note.add', value: note('n1') }] }));
    expect(conn.sent).toMatchObject([{ t: 'notice', refusal: { key: 'roomRules.helloFirst' } }]);
    expect(conn.closed?.code).toBe(CLOSE.badMessage);
    expect(stored(dir, workshopId).notes).toEqual({});
  });
});
