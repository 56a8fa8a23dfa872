import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { WorkshopService } from '../../electron/services/WorkshopService';
import { board, note } from '../helpers/fixtures';
import { tempDatabase } from '../helpers/tempDatabase';

function setup() {
  const { dir, db } = tempDatabase();
  const svc = new WorkshopService(db);
  const w = svc.create({ name: 'ตำบลนาขา', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' });
  svc.applyOps(w.id, [{ type: 'board.add', value: board('b1') }]);
  return { dir, db, svc, id: w.id };
}

const client = (seq: number) => ({ id: 'tab-0123456789', seq });

describe('a batch sent twice by the same client is applied once', () => {
  it('answers the second send "already applied" and stores the note once, even after the host restarts', () => {
    const { dir, db, svc, id } = setup();
    const first = svc.applyOps(id, [{ type: 'note.add', value: note('n1', { text: 'ปลูกผักปลอดสาร' }) }], client(1));
    expect(first.alreadyApplied).toBeUndefined();
    // Without the sequence number a second note.add of n1 would be refused as a conflict.
    const again = svc.applyOps(id, [{ type: 'note.add', value: note('n1', { text: 'ปลูกผักปลอดสาร' }) }], client(1));
    expect(again).toEqual({ savedAt: first.savedAt, alreadyApplied: true, seq: null });

    db.close();
    const reopened = new WorkshopService(openDatabase(dir));
    const third = reopened.applyOps(id, [{ type: 'note.add', value: note('n1') }], client(1));
    expect(third.alreadyApplied).toBe(true);
    expect(Object.keys(reopened.open(id).notes)).toEqual(['n1']);
    expect(reopened.open(id).notes.n1!.text).toBe('ปลูกผักปลอดสาร');
  });

  it('a later sequence number is applied; an older one is not; other clients have their own count', () => {
    const { svc, id } = setup();
    svc.applyOps(id, [{ type: 'note.add', value: note('n1') }], client(5));
    svc.applyOps(id, [{ type: 'note.patch', id: 'n1', patch: { text: 'หก' } }], client(6));
    expect(svc.applyOps(id, [{ type: 'note.patch', id: 'n1', patch: { text: 'สี่' } }], client(4)).alreadyApplied).toBe(true);
    expect(svc.open(id).notes.n1!.text).toBe('หก');
    svc.applyOps(id, [{ type: 'note.patch', id: 'n1', patch: { text: 'อีกแท็บ' } }], { id: 'other-tab-abcdef', seq: 1 });
    expect(svc.open(id).notes.n1!.text).toBe('อีกแท็บ');
  });

  it('a refused batch is not remembered: the same sequence number can be sent again once it fits', () => {
    const { svc, id } = setup();
    expect(() => svc.applyOps(id, [{ type: 'note.patch', id: 'ghost', patch: { text: 'x' } }], client(1))).toThrow();
    const ok = svc.applyOps(id, [{ type: 'note.add', value: note('n1') }], client(1));
    expect(ok.alreadyApplied).toBeUndefined();
    expect(Object.keys(svc.open(id).notes)).toEqual(['n1']);
  });
});
