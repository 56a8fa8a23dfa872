import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { WorkshopService } from '../../electron/services/WorkshopService';
import type { Op } from '../../shared/ops';
import { board, note, tableLayout } from '../helpers/fixtures';
import { tempDatabase } from '../helpers/tempDatabase';

function setup() {
  const { dir, db } = tempDatabase();
  return { dir, db, svc: new WorkshopService(db) };
}

const fields = {
  name: 'เวิร์กช็อปตำบลนาขา',
  group: 'กลุ่มเกษตรอินทรีย์',
  tambon: 'นาขา',
  amphoe: 'หลังสวน',
  province: 'ชุมพร',
  date: '2026-03-01',
  facilitator: 'พี่เลี้ยงภาคใต้',
};

describe('WorkshopService on a real SQLite file', () => {
  it('applies ops, and a fresh service on the reopened file sees the identical document', () => {
    const { dir, db, svc } = setup();
    const w = svc.create(fields);
    const ops: Op[] = [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1', { text: 'น้ำพริกแกงสูตรแม่ 🌶️ organic' }) },
      { type: 'note.add', value: note('n2', { blockId: 'right', text: 'x'.repeat(2000) }) },
      { type: 'note.patch', id: 'n1', patch: { blockId: 'right', x: 5 } },
      { type: 'board.add', value: board('t1', tableLayout) },
      { type: 'row.add', value: { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: { what: 'ทำบัญชีครัวเรือน', budget: '2500' } } },
      { type: 'step.add', value: { id: 's1', status: 'done', checked: ['s1_o1'], notes: 'ได้แกนนำ 12 คน' } },
    ];
    svc.applyOps(w.id, ops);
    const before = svc.open(w.id);
    db.close();
    const reopened = new WorkshopService(openDatabase(dir));
    expect(reopened.open(w.id)).toEqual(before);
    expect(reopened.list()[0]).toMatchObject({ name: fields.name, boardCount: 2, noteCount: 2, stepsDone: 1 });
  });

  it('a batch with one invalid op changes nothing, in memory or on disk', () => {
    const { dir, db, svc } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
    ]);
    const before = svc.open(w.id);
    expect(() =>
      svc.applyOps(w.id, [
        { type: 'note.patch', id: 'n1', patch: { text: 'ควรหายไป' } },
        { type: 'note.add', value: note('n2') },
        { type: 'note.remove', id: 'missing' },
      ]),
    ).toThrow(/does not exist/);
    expect(svc.open(w.id)).toEqual(before);
    db.close();
    expect(new WorkshopService(openDatabase(dir)).open(w.id)).toEqual(before);
  });

  it('when the disk refuses a batch, memory goes back to what is stored, not to what was tried', () => {
    const { db, svc } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
    ]);
    db.exec("CREATE TRIGGER refuse BEFORE UPDATE ON notes BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
    expect(() => svc.applyOps(w.id, [{ type: 'note.patch', id: 'n1', patch: { text: 'ไม่ถูกบันทึก' } }])).toThrow(/disk is full/);
    db.exec('DROP TRIGGER refuse');
    expect(svc.open(w.id).notes.n1!.text).toBe('น้ำปุ๋ยชีวภาพ');
  });

  it("keeps workshops apart: an op naming another workshop's note fails", () => {
    const { svc } = setup();
    const a = svc.create(fields);
    const b = svc.create({ ...fields, name: 'อีกกลุ่ม' });
    svc.applyOps(a.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
    ]);
    svc.applyOps(b.id, [{ type: 'board.add', value: board('b1') }]);
    expect(() => svc.applyOps(b.id, [{ type: 'note.patch', id: 'n1', patch: { text: 'hijack' } }])).toThrow();
    expect(svc.open(a.id).notes.n1!.text).toBe('น้ำปุ๋ยชีวภาพ');
  });

  it('renames and deletes workshops; delete removes their boards and notes', () => {
    const { db, svc } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
    ]);
    expect(svc.update(w.id, { name: 'ชื่อใหม่' }).name).toBe('ชื่อใหม่');
    svc.delete(w.id);
    expect(svc.list()).toEqual([]);
    expect(db.prepare('SELECT count(*) c FROM notes').get()).toEqual({ c: 0 });
    expect(() => svc.open(w.id)).toThrow(/does not exist/);
  });

  it('a stored record that no longer validates is left out with the rest of the workshop intact', () => {
    const { dir, db, svc } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
      { type: 'note.add', value: note('n2') },
    ]);
    db.prepare("UPDATE notes SET data = '{\"broken\":' WHERE id = 'n2'").run();
    db.prepare("UPDATE notes SET data = json_set(data, '$.blockId', 'vanished') WHERE id = 'n1'").run();
    db.close();
    const doc = new WorkshopService(openDatabase(dir)).open(w.id);
    expect(Object.keys(doc.notes)).toEqual(['n1']);
    expect(doc.notes.n1!.blockId).toBeNull();
  });
});
