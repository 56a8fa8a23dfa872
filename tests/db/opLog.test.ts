import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { HOST_LOCAL_CLIENT, WorkshopService, type AppliedListener } from '../../electron/services/WorkshopService';
import type { LogEntry } from '../../shared/room/protocol';
import { board, note } from '../helpers/fixtures';
import { tempDatabase } from '../helpers/tempDatabase';

const fields = { name: 'บ้านหนองบัว', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' };

function setup(logWindow?: number) {
  const { dir, db } = tempDatabase();
  const svc = new WorkshopService(db, undefined, { logWindow });
  const w = svc.create(fields);
  return { dir, db, svc, id: w.id };
}

const seqs = (entries: LogEntry[] | null) => entries?.map((e) => e.seq) ?? null;

describe('the op log', () => {
  it('gives each applied batch the next seq, with its client, in the same file the batch went to', () => {
    const { dir, db, svc, id } = setup();
    expect(svc.openForEditing(id).seq).toBe(0);
    expect(svc.applyOps(id, [{ type: 'board.add', value: board('b1') }]).seq).toBe(1);
    const r = svc.applyOps(id, [{ type: 'note.add', value: note('n1', { text: 'ปลูกผัก' }) }], { id: 'phone-abcdefgh', seq: 7 });
    expect(r.seq).toBe(2);
    expect(svc.openForEditing(id).seq).toBe(2);
    // A retried batch is not logged again.
    expect(svc.applyOps(id, [{ type: 'note.add', value: note('n1') }], { id: 'phone-abcdefgh', seq: 7 })).toMatchObject({
      alreadyApplied: true,
      seq: null,
    });
    // A refused batch takes no seq.
    expect(() => svc.applyOps(id, [{ type: 'note.remove', id: 'ghost' }])).toThrow();
    db.close();

    const reopened = new WorkshopService(openDatabase(dir));
    expect(reopened.openForEditing(id).seq).toBe(2);
    const all = reopened.opsSince(id, 0)!;
    expect(all.map((e) => [e.seq, e.clientId, e.clientSeq])).toEqual([
      [1, HOST_LOCAL_CLIENT, 0],
      [2, 'phone-abcdefgh', 7],
    ]);
    expect(all[1]!.ops).toEqual([{ type: 'note.add', value: note('n1', { text: 'ปลูกผัก' }) }]);
    expect(reopened.lastClientSeq('phone-abcdefgh')).toBe(7);
    expect(reopened.lastClientSeq('never-seen-1234')).toBe(0);
    expect(reopened.applyOps(id, [{ type: 'note.patch', id: 'n1', patch: { text: 'ปลูกข้าว' } }]).seq).toBe(3);
  });

  it('counts seq per workshop', () => {
    const { svc, id } = setup();
    const other = svc.create({ ...fields, name: 'บ้านโคก' }).id;
    svc.applyOps(id, [{ type: 'board.add', value: board('b1') }]);
    svc.applyOps(id, [{ type: 'note.add', value: note('n1') }]);
    expect(svc.applyOps(other, [{ type: 'board.add', value: board('b1') }]).seq).toBe(1);
    expect(seqs(svc.opsSince(other, 0))).toEqual([1]);
    expect(seqs(svc.opsSince(id, 1))).toEqual([2]);
  });

  it('answers what came after a seq, nothing when up to date, and null when behind the window or ahead of the host', () => {
    const { svc, id } = setup(3);
    svc.applyOps(id, [{ type: 'board.add', value: board('b1') }]);
    for (let i = 0; i < 6; i++) svc.applyOps(id, [{ type: 'note.add', value: note(`n${i}`) }]);
    // seq 1..7 applied; the last 3 kept.
    expect(seqs(svc.opsSince(id, 7))).toEqual([]);
    expect(seqs(svc.opsSince(id, 4))).toEqual([5, 6, 7]);
    expect(svc.opsSince(id, 3)).toBeNull();
    expect(svc.opsSince(id, 0)).toBeNull();
    expect(svc.opsSince(id, 8)).toBeNull();
  });

  it('tells listeners after commit, in order, whichever path the batch came by; not for refused or retried batches', () => {
    const { db, svc, id } = setup();
    const heard: [string, number, number][] = [];
    const listener: AppliedListener = (wid, e) => {
      // Already committed: a fresh read of the file sees the batch.
      const count = (db.prepare('SELECT count(*) AS n FROM op_log WHERE workshop_id = ? AND seq = ?').get(wid, e.seq) as { n: number }).n;
      heard.push([wid, e.seq, count]);
    };
    const stop = svc.onApplied(listener);
    svc.applyOps(id, [{ type: 'board.add', value: board('b1') }], { id: 'laptop-12345678', seq: 1 });
    svc.update(id, { name: 'บ้านใหม่' });
    svc.applyOps(id, [{ type: 'board.add', value: board('b2') }], { id: 'laptop-12345678', seq: 1 });
    expect(() => svc.applyOps(id, [{ type: 'note.remove', id: 'ghost' }])).toThrow();
    stop();
    svc.applyOps(id, [{ type: 'board.add', value: board('b3') }]);
    expect(heard).toEqual([
      [id, 1, 1],
      [id, 2, 1],
    ]);
  });

  it('goes when its workshop is deleted', () => {
    const { db, svc, id } = setup();
    svc.applyOps(id, [{ type: 'board.add', value: board('b1') }]);
    svc.delete(id);
    expect((db.prepare('SELECT count(*) AS n FROM op_log').get() as { n: number }).n).toBe(0);
  });

  it('keeps the batch, its log entry and its client count together when the write fails', () => {
    const { db, svc, id } = setup();
    svc.applyOps(id, [{ type: 'board.add', value: board('b1') }]);
    // Make the log refuse the next entry: the batch must not land without it.
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON op_log BEGIN SELECT RAISE(ABORT, 'log refused'); END`);
    expect(() => svc.applyOps(id, [{ type: 'note.add', value: note('n1') }], { id: 'laptop-12345678', seq: 1 })).toThrow(/log refused/);
    db.exec('DROP TRIGGER refuse');
    expect(svc.open(id).notes.n1).toBeUndefined();
    expect(svc.lastClientSeq('laptop-12345678')).toBe(0);
    expect(svc.applyOps(id, [{ type: 'note.add', value: note('n1') }], { id: 'laptop-12345678', seq: 1 }).seq).toBe(2);
  });
});
