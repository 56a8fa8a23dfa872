import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { RoomHub } from '../../electron/room/RoomHub';
import { WorkshopService } from '../../electron/services/WorkshopService';
import { CLOSE } from '../../shared/room/protocol';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { note } from '../helpers/fixtures';
import { RoomNetwork } from '../helpers/roomClients';
import { FACILITATOR_TOKEN, hubOnTempDatabase } from '../helpers/roomHubSetup';
import { comparable, openPage } from '../helpers/syncClients';

function room() {
  const setup = hubOnTempDatabase();
  const net = new RoomNetwork(setup.hub);
  const host = () => setup.workshops.open(setup.workshopId);
  return { ...setup, net, host };
}

describe('SyncClient with a hub', () => {
  it('shows my batch at once, and the other page sees it once the host has it', () => {
    const { net, host } = room();
    const a = openPage(net, 'page-aaaaaaaa');
    const b = openPage(net, 'page-bbbbbbbb');
    net.drain();
    expect([a.view().status, b.view().status]).toEqual(['live', 'live']);
    a.client.push([{ type: 'note.add', value: note('n1', { text: 'ขนมจีนน้ำยา' }) }]);
    expect(a.view().doc!.notes.n1!.text).toBe('ขนมจีนน้ำยา');
    expect(a.view().pending).toBe(1);
    expect(b.view().doc!.notes.n1).toBeUndefined();
    net.drain();
    expect(a.view().pending).toBe(0);
    expect(b.view().doc!.notes.n1!.text).toBe('ขนมจีนน้ำยา');
    expect(comparable(a.view().doc)).toEqual(comparable(host()));
    expect(comparable(b.view().doc)).toEqual(comparable(host()));
    expect(a.client.confirmedState().seq).toBe(2);
  });

  it('rebases my pending edit on what others did first: both fields kept', () => {
    const { net, host, workshops, workshopId } = room();
    workshops.applyOps(workshopId, [{ type: 'note.add', value: note('n1') }]);
    const a = openPage(net, 'page-aaaaaaaa');
    const b = openPage(net, 'page-bbbbbbbb');
    net.drain();
    a.client.push([{ type: 'note.patch', id: 'n1', patch: { color: 'pink' } }]);
    b.client.push([{ type: 'note.patch', id: 'n1', patch: { text: 'ปลาร้าบอง' } }]);
    net.drain();
    for (const p of [a, b]) expect(p.view().doc!.notes.n1).toMatchObject({ color: 'pink', text: 'ปลาร้าบอง' });
    expect(comparable(a.view().doc)).toEqual(comparable(host()));
  });

  it('rolls back a refused batch and tells the page why', () => {
    const { net, host } = room();
    const a = openPage(net, 'page-aaaaaaaa');
    net.drain();
    const rename = { type: 'board.patch', id: 't1', patch: { title: 'ของฉัน' } } as const;
    a.client.push([rename]);
    expect(a.view().doc!.boards.t1!.title).toBe('ของฉัน');
    net.drain();
    expect(a.view().doc!.boards.t1!.title).toBe('แผนปฏิบัติการ');
    expect(a.discarded).toMatchObject([{ ops: [rename], refusal: { key: 'roomRules.boards' } }]);
    expect(a.view().pending).toBe(0);
    expect(host().boards.t1!.title).toBe('แผนปฏิบัติการ');
  });

  it('keeps edits made offline and through a reload, sends them on reconnect, applied once', () => {
    const { net, host, dir, workshopId } = room();
    const a = openPage(net, 'page-aaaaaaaa');
    const b = openPage(net, 'page-bbbbbbbb');
    net.drain();
    net.killHost(); // every socket drops; the hub itself stays up here
    net.drain();
    expect(a.view().status).toBe('offline');
    a.client.push([{ type: 'note.add', value: note('n1', { text: 'ออฟไลน์' }) }]);
    a.reload(); // the page reloads while still offline: its edit is in storage
    a.client.push([{ type: 'note.patch', id: 'n1', patch: { x: 60 } }]);
    b.client.push([{ type: 'row.cell', id: 'r1', columnId: 'what', value: 'ระหว่างหลุด' }]);
    net.settle(() => a.view().status === 'live' && b.view().status === 'live' && a.view().pending + b.view().pending === 0);
    net.settle();
    expect(a.view().doc!.notes.n1).toMatchObject({ text: 'ออฟไลน์', x: 60 });
    expect(comparable(a.view().doc)).toEqual(comparable(host()));
    expect(comparable(b.view().doc)).toEqual(comparable(host()));
    const db = openDatabase(dir);
    const log = db.prepare('SELECT seq, client_id, client_seq FROM op_log WHERE workshop_id = ? ORDER BY seq').all(workshopId);
    db.close();
    expect(log.filter((e) => (e as { client_id: string }).client_id === 'page-aaaaaaaa')).toEqual([
      { seq: expect.any(Number), client_id: 'page-aaaaaaaa', client_seq: 1 },
      { seq: expect.any(Number), client_id: 'page-aaaaaaaa', client_seq: 2 },
    ]);
  });

  it('loses nothing when the host is killed between commit and push_result', () => {
    const { net, dir, db, workshopId, hub } = room();
    const a = openPage(net, 'page-aaaaaaaa');
    const b = openPage(net, 'page-bbbbbbbb');
    net.drain();
    a.client.push([{ type: 'note.add', value: note('n1', { text: 'ก่อนไฟดับ' }) }]);
    // Deliver only the push to the hub: it commits; its answer and the patch to b are still queued.
    while (a.view().pending === 1 && net.step()) {
      const stored = (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
      if (stored === 1) break;
    }
    expect((db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(1);
    expect(a.view().pending).toBe(1);
    net.killHost();
    hub.close();
    db.close();
    // A new host process on the same file.
    const workshops = new WorkshopService(openDatabase(dir));
    net.hub = new RoomHub({ workshopId, token: FACILITATOR_TOKEN, workshops, library: () => BUILTIN_LIBRARY });
    net.settle(() => a.view().status === 'live' && b.view().status === 'live');
    net.settle();
    expect(a.view().pending).toBe(0);
    expect(a.discarded).toEqual([]);
    const host = workshops.open(workshopId);
    expect(Object.keys(host.notes)).toEqual(['n1']);
    for (const p of [a, b]) expect(comparable(p.view().doc)).toEqual(comparable(host));
    // Its entry came back in what the page had missed: it was neither sent nor applied again.
    expect(workshops.opsSince(workshopId, 0)!.filter((e) => e.clientId === 'page-aaaaaaaa')).toHaveLength(1);
  });

  it('retries after 0.5 s doubling to 5 s, and stops for good when the room closes', () => {
    const { net, hub } = room();
    const a = openPage(net, 'page-aaaaaaaa');
    net.drain();
    const delays: number[] = [];
    // The hub refuses nothing, so make each reconnect fail by dropping it before the welcome.
    for (let i = 0; i < 6; i++) {
      net.killHost();
      net.drain();
      delays.push(...net.waiting());
      net.tick();
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    net.drain();
    expect(a.view().status).toBe('live');
    hub.close();
    net.drain();
    expect(a.view().status).toBe('closed');
    expect(a.notices.at(-1)?.key).toBe('roomRules.byeClosed');
    expect(net.waiting()).toEqual([]);
  });

  it('stops on removal and when replaced, with their own status', () => {
    const { net, hub } = room();
    const a = openPage(net, 'page-aaaaaaaa');
    const b = openPage(net, 'page-bbbbbbbb');
    net.drain();
    hub.remove('page-aaaaaaaa');
    net.drain();
    expect(a.view().status).toBe('removed');
    const tab2 = openPage(net, 'page-bbbbbbbb');
    net.drain();
    expect(b.view().status).toBe('closed');
    expect(tab2.view().status).toBe('live');
    expect(net.waiting()).toEqual([]);
    expect(CLOSE.replaced).toBeGreaterThan(4000);
  });

  it('takes a batch of its own client id that came another way (the save queue) as done', () => {
    const { net, host, workshops, workshopId } = room();
    const f = openPage(net, 'laptop-ffffffff', { token: FACILITATOR_TOKEN });
    net.drain();
    expect(f.view().role).toBe('facilitator');
    net.killHost();
    net.drain();
    f.client.push([{ type: 'workshop.patch', patch: { name: 'ส่งทาง HTTP' } }]);
    // The same batch reaches the host over HTTP with the same client id and seq.
    workshops.applyOps(workshopId, [{ type: 'workshop.patch', patch: { name: 'ส่งทาง HTTP' } }], { id: 'laptop-ffffffff', seq: 1 });
    net.settle(() => f.view().status === 'live');
    net.settle();
    expect(f.view().pending).toBe(0);
    expect(f.view().doc!.workshop.name).toBe('ส่งทาง HTTP');
    expect(comparable(f.view().doc)).toEqual(comparable(host()));
    expect(workshops.opsSince(workshopId, 0)!.filter((e) => e.clientId === 'laptop-ffffffff')).toHaveLength(1);
  });

  it('sends presence and hears the people', () => {
    const { net } = room();
    const a = openPage(net, 'page-aaaaaaaa', { name: 'สมศรี' });
    const b = openPage(net, 'page-bbbbbbbb');
    net.drain();
    a.client.setEditing('n1');
    net.drain();
    expect(b.view().people.find((p) => p.name === 'สมศรี')?.editing).toBe('n1');
  });
});
