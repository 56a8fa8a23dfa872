import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { MIGRATIONS } from '../../electron/db/migrations';
import { DB_FILE, openDatabase } from '../../electron/db/openDatabase';
import { TemplateSetService } from '../../electron/services/TemplateSetService';
import { WorkshopService } from '../../electron/services/WorkshopService';
import { RECORD_VERSIONS } from '../../shared/model/recordFormats';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { board, emptyDoc, note, tableLayout } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';
import { describeError } from '../../renderer/host/describeError';

const thrownBy = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected it to throw');
};

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

function open(dir: string) {
  const db = openDatabase(dir);
  cleanups.unshift(() => db.open && db.close());
  return { db, workshops: new WorkshopService(db), sets: new TemplateSetService(db) };
}

/** A workshop as the 0001/0002 code stored it: JSON in `data`, no version column. */
function legacyDoc(): WorkshopDoc {
  const d = emptyDoc();
  d.boards.b1 = board('b1');
  d.boards.t1 = board('t1', tableLayout);
  d.notes.n1 = note('n1', { text: 'น้ำพริกแกง' });
  d.notes.n2 = note('n2', { blockId: 'right', color: 'green' });
  d.rows.r1 = { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: { what: 'ทำบัญชี', budget: '1500' } };
  d.steps.s1 = { id: 's1', status: 'done', checked: ['s1_o1'], notes: 'ได้แกนนำ 12 คน' };
  return d;
}

/** Writes rows with the statements the repository used before record versions. */
function writeLegacy(db: Database.Database, d: WorkshopDoc): void {
  const w = d.workshop;
  db.prepare('INSERT INTO workshops (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    w.id,
    JSON.stringify(w),
    w.createdAt,
    w.updatedAt,
  );
  for (const b of Object.values(d.boards))
    db.prepare('INSERT INTO boards (workshop_id, id, data) VALUES (?, ?, ?)').run(w.id, b.id, JSON.stringify(b));
  for (const n of Object.values(d.notes))
    db.prepare('INSERT INTO notes (workshop_id, id, board_id, data) VALUES (?, ?, ?, ?)').run(w.id, n.id, n.boardId, JSON.stringify(n));
  for (const r of Object.values(d.rows))
    db.prepare('INSERT INTO table_rows (workshop_id, id, board_id, data) VALUES (?, ?, ?, ?)').run(
      w.id,
      r.id,
      r.boardId,
      JSON.stringify(r),
    );
  for (const s of Object.values(d.steps))
    db.prepare('INSERT INTO steps (workshop_id, id, data) VALUES (?, ?, ?)').run(w.id, s.id, JSON.stringify(s));
}

const fields = {
  name: 'เวิร์กช็อปบ้านนาขา',
  group: '',
  tambon: 'นาขา',
  amphoe: 'หลังสวน',
  province: 'ชุมพร',
  date: '2026-03-01',
  facilitator: '',
};

describe('migration 3 (record_versions) on a real database file', () => {
  it('an old database with 0001/0002 rows opens, gains version 1 on every row, and reads as before', () => {
    const dir = folder();
    const old = new Database(path.join(dir, DB_FILE));
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 2),
    );
    const doc = legacyDoc();
    writeLegacy(old, doc);
    const set = { name: 'ชุดของภาคใต้', templates: BUILTIN_LIBRARY.templates, process: BUILTIN_LIBRARY.process };
    old
      .prepare('INSERT INTO template_sets (id, name, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run('ts1', set.name, JSON.stringify(set), '2026-01-01', '2026-01-01');
    old.close();

    const { db, workshops, sets } = open(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    for (const table of ['workshops', 'boards', 'notes', 'table_rows', 'steps', 'template_sets']) {
      expect(db.prepare(`SELECT DISTINCT version FROM ${table}`).all(), table).toEqual([{ version: 1 }]);
    }
    // Boards stored before votes existed come back with no vote (record migration AddBoardVotes).
    const boards = Object.fromEntries(Object.entries(doc.boards).map(([id, b]) => [id, { ...b, votes: null }]));
    expect(workshops.openForEditing(doc.workshop.id)).toEqual({ doc: { ...doc, boards }, leftOut: [], seq: 0 });
    expect(workshops.list()).toEqual([{ ...doc.workshop, boardCount: 2, noteCount: 2, stepsDone: 1 }]);
    expect(sets.get('ts1')).toMatchObject({ name: set.name, templates: set.templates });
  });

  it('writes every record with the version this code writes', () => {
    const { db, workshops } = open(folder());
    const w = workshops.create(fields);
    workshops.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
      { type: 'step.add', value: { id: 's1', status: 'doing', checked: [], notes: '' } },
    ]);
    expect(db.prepare('SELECT version FROM workshops').get()).toEqual({ version: RECORD_VERSIONS.workshop });
    expect(db.prepare('SELECT version FROM boards').get()).toEqual({ version: RECORD_VERSIONS.board });
    expect(db.prepare('SELECT version FROM notes').get()).toEqual({ version: RECORD_VERSIONS.note });
    expect(db.prepare('SELECT version FROM steps').get()).toEqual({ version: RECORD_VERSIONS.step });
  });
});

describe('damaged and newer rows in a real SQLite file', () => {
  it('one unreadable workshop row: the list shows it as damaged with the reason, and every other workshop', () => {
    const dir = folder();
    let { db, workshops } = open(dir);
    const a = workshops.create(fields);
    const b = workshops.create({ ...fields, name: 'กลุ่มแม่บ้านทอผ้า' });
    const c = workshops.create({ ...fields, name: 'วิสาหกิจชุมชนข้าวอินทรีย์' });
    workshops.applyOps(c.id, [{ type: 'step.add', value: { id: 's1', status: 'done', checked: [], notes: '' } }]);
    db.prepare(`UPDATE workshops SET data = '{"id":"${b.id}","name":"กลุ่มแม่บ้านทอผ้า" "date":' WHERE id = ?`).run(b.id);
    db.prepare(`UPDATE steps SET data = '{"status":"do' WHERE workshop_id = ?`).run(c.id);
    db.close();

    ({ db, workshops } = open(dir));
    const list = workshops.list();
    expect(list.map((w) => w.id).sort()).toEqual([a.id, b.id, c.id].sort());
    const damaged = list.find((w) => w.id === b.id)!;
    // The name is still legible in the broken text, so the list can say which workshop it is.
    expect(damaged).toEqual({
      id: b.id,
      name: 'กลุ่มแม่บ้านทอผ้า',
      updatedAt: expect.any(String),
      damaged: { reason: 'unreadable', detail: expect.stringMatching(/JSON/) },
    });
    expect(list.find((w) => w.id === a.id)).toMatchObject({ name: fields.name, boardCount: 0 });
    expect(list.find((w) => w.id === c.id)).toMatchObject({ name: 'วิสาหกิจชุมชนข้าวอินทรีย์', stepsDone: 0 });

    expect(() => workshops.open(b.id)).toThrow(/^This workshop cannot be opened/);
    // The person reads it in the UI language: the error carries a dictionary key.
    expect(
      describeError(
        'th',
        thrownBy(() => workshops.open(b.id)),
      ),
    ).toMatch(/^เปิดเวิร์กช็อปนี้ไม่ได้: ข้อมูลที่เก็บไว้เสียหาย/);
    expect(workshops.openForEditing(c.id).leftOut).toEqual([
      { kind: 'step', id: 's1', problem: expect.objectContaining({ reason: 'unreadable' }) },
    ]);
    workshops.delete(b.id);
    expect(
      workshops
        .list()
        .map((w) => w.id)
        .sort(),
    ).toEqual([a.id, c.id].sort());
    db.close();
  });

  it('a workshop written by a newer version is listed as damaged by name; a newer note is left out and kept on disk', () => {
    const dir = folder();
    let { db, workshops } = open(dir);
    const a = workshops.create(fields);
    const b = workshops.create({ ...fields, name: 'ร้านค้าชุมชน' });
    workshops.applyOps(a.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
      { type: 'note.add', value: note('n2') },
    ]);
    const newer = RECORD_VERSIONS.note + 1;
    db.prepare('UPDATE workshops SET version = ? WHERE id = ?').run(RECORD_VERSIONS.workshop + 1, b.id);
    db.prepare(`UPDATE notes SET version = ?, data = json_set(data, '$.shape', 'star') WHERE id = 'n2'`).run(newer);
    const storedN2 = db.prepare(`SELECT version, data FROM notes WHERE id = 'n2'`).get();
    db.close();

    ({ db, workshops } = open(dir));
    expect(workshops.list().find((w) => w.id === b.id)).toEqual({
      id: b.id,
      name: 'ร้านค้าชุมชน',
      updatedAt: expect.any(String),
      damaged: { reason: 'newer', version: RECORD_VERSIONS.workshop + 1, known: RECORD_VERSIONS.workshop },
    });
    const opened = workshops.openForEditing(a.id);
    expect(Object.keys(opened.doc.notes)).toEqual(['n1']);
    expect(opened.leftOut).toEqual([{ kind: 'note', id: 'n2', problem: { reason: 'newer', version: newer, known: RECORD_VERSIONS.note } }]);
    workshops.applyOps(a.id, [{ type: 'note.patch', id: 'n1', patch: { text: 'แก้แล้ว' } }]);
    expect(db.prepare(`SELECT version, data FROM notes WHERE id = 'n2'`).get()).toEqual(storedN2);
  });

  it('fields this version does not know survive an edit of the same record', () => {
    const dir = folder();
    let { db, workshops } = open(dir);
    const w = workshops.create(fields);
    workshops.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
    ]);
    db.prepare(`UPDATE notes SET data = json_set(data, '$.author', 'ป้าแดง') WHERE id = 'n1'`).run();
    db.close();

    ({ db, workshops } = open(dir));
    workshops.applyOps(w.id, [{ type: 'note.patch', id: 'n1', patch: { x: 40 } }]);
    const stored = JSON.parse((db.prepare(`SELECT data FROM notes WHERE id = 'n1'`).get() as { data: string }).data);
    expect(stored).toMatchObject({ author: 'ป้าแดง', x: 40 });
  });

  it('a template set from a newer version is refused by name, with the reason', () => {
    const { db, sets } = open(folder());
    const saved = sets.save({ name: 'ชุดใหม่', templates: BUILTIN_LIBRARY.templates, process: BUILTIN_LIBRARY.process });
    db.prepare('UPDATE template_sets SET version = ? WHERE id = ?').run(RECORD_VERSIONS.templateSet + 1, saved.id);
    expect(() => sets.get(saved.id)).toThrow(/newer CBMC Studio/);
    expect(
      describeError(
        'th',
        thrownBy(() => sets.get(saved.id)),
      ),
    ).toMatch(/ชุดใหม่.*รุ่นที่ใหม่กว่า/);
  });
});
