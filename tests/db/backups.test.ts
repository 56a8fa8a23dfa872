import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDirOf } from '../../electron/backup/backupFiles';
import { makeBackupInThread } from '../../electron/backup/backupTasks';
import { DB_FILE } from '../../electron/db/openDatabase';
import { dispatch } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services/createServices';
import type { Op } from '../../shared/ops';
import { board, note } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

const RESOURCES = path.resolve(import.meta.dirname, '../../resources');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function services(dir?: string): { s: Services; dir: string } {
  let d = dir;
  if (!d) {
    const t = tempDir('cbmc-backup-');
    cleanups.push(t.cleanup);
    d = t.dir;
  }
  const s = createServices({ dataDir: d, resourcesDir: RESOURCES });
  cleanups.unshift(() => s.close());
  return { s, dir: d };
}

/** A workshop with one board and `n` notes, made through the same channels the app uses. */
async function workshop(s: Services, name: string, n: number) {
  const w = await s['workshops.create']({
    fields: { name, group: 'กลุ่มทดสอบ', tambon: '', amphoe: '', province: '', date: '2026-02-01', facilitator: '' },
  });
  const ops: Op[] = [{ type: 'board.add', value: board('b1') }];
  for (let i = 0; i < n; i++) ops.push({ type: 'note.add', value: note(`n${i}`, { text: `${name} โน้ต ${i}` }) });
  await s['ops.apply']({ workshopId: w.id, ops });
  return w;
}

const names = async (s: Services) => (await s['workshops.list']({})).map((w) => w.name).sort();

describe('backups of real SQLite files', () => {
  it('backup → restore brings back exactly what was backed up, after backing up the current state', async () => {
    const { s } = services();
    const a = await workshop(s, 'บ้านนาขา', 3);
    await workshop(s, 'บ้านหนองบัว', 2);
    const before = (await s['workshop.open']({ id: a.id })).doc;
    const made = await s['backups.create']({});
    expect(made).toMatchObject({ workshops: 2, notes: 5, reason: 'manual' });
    expect(fs.existsSync(path.join(s.backups.dir, made.name))).toBe(true);

    // Work goes on after the backup: one workshop deleted, another one added.
    await s['workshops.delete']({ id: a.id });
    await workshop(s, 'บ้านใหม่', 1);
    expect(await names(s)).toEqual(['บ้านหนองบัว', 'บ้านใหม่']);

    const r = await s['backups.restore']({ name: made.name });
    expect(r.workshops).toBe(2);
    expect(await names(s)).toEqual(['บ้านนาขา', 'บ้านหนองบัว']);
    expect((await s['workshop.open']({ id: a.id })).doc).toEqual(before);

    // The state replaced by the restore was itself backed up first.
    const list = (await s['backups.list']({})).backups;
    const safety = list.find((b) => b.name === r.safetyCopy)!;
    expect(safety).toMatchObject({ reason: 'before-restore', workshops: 2, notes: 3 });
    const db = new Database(path.join(s.backups.dir, safety.name), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 2 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();

    // The restored database takes edits like any other.
    await s['ops.apply']({ workshopId: a.id, ops: [{ type: 'note.patch', id: 'n0', patch: { text: 'แก้หลังกู้คืน' } }] });
    expect((await s['workshop.open']({ id: a.id })).doc.notes.n0?.text).toBe('แก้หลังกู้คืน');
  });

  it('restoring one workshop as a copy gives it new ids and leaves every other workshop as it was', async () => {
    const { s } = services();
    const a = await workshop(s, 'บ้านนาขา', 4);
    const b = await workshop(s, 'บ้านหนองบัว', 2);
    const made = await s['backups.create']({});
    // After the backup, A is changed and B too: the copy must come from the backup, and not touch them.
    await s['ops.apply']({
      workshopId: a.id,
      ops: [
        { type: 'note.remove', id: 'n0' },
        { type: 'note.patch', id: 'n1', patch: { text: 'ใหม่' } },
      ],
    });
    await s['ops.apply']({ workshopId: b.id, ops: [{ type: 'note.patch', id: 'n0', patch: { color: 'pink' } }] });
    const aNow = (await s['workshop.open']({ id: a.id })).doc;
    const bNow = (await s['workshop.open']({ id: b.id })).doc;

    const inBackup = await s['backups.workshops']({ name: made.name });
    expect(inBackup.map((w) => [w.name, w.noteCount]).sort()).toEqual([
      ['บ้านนาขา', 4],
      ['บ้านหนองบัว', 2],
    ]);

    const copy = await s['backups.restoreWorkshop']({ name: made.name, workshopId: a.id, lang: 'th' });
    expect(copy.id).not.toBe(a.id);
    expect(copy.name).toMatch(/^บ้านนาขา \(สำเนาจากข้อมูลสำรอง .*25\d\d/);

    const copied = (await s['workshop.open']({ id: copy.id })).doc;
    expect(Object.keys(copied.notes)).toHaveLength(4);
    expect(
      Object.values(copied.notes)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['บ้านนาขา โน้ต 0', 'บ้านนาขา โน้ต 1', 'บ้านนาขา โน้ต 2', 'บ้านนาขา โน้ต 3']);
    // Fresh ids for every record, and the notes sit on the copy's own board.
    const boardIds = Object.keys(copied.boards);
    expect(boardIds).toHaveLength(1);
    expect(boardIds[0]).not.toBe('b1');
    for (const n of Object.values(copied.notes)) {
      expect(n.boardId).toBe(boardIds[0]);
      expect(aNow.notes[n.id]).toBeUndefined();
    }
    // Nothing else changed.
    expect((await s['workshop.open']({ id: a.id })).doc).toEqual(aNow);
    expect((await s['workshop.open']({ id: b.id })).doc).toEqual(bNow);
    expect((await s['workshops.list']({})).length).toBe(3);

    // English names it in English.
    const en = await s['backups.restoreWorkshop']({ name: made.name, workshopId: b.id, lang: 'en' });
    expect(en.name).toMatch(/^บ้านหนองบัว \(copy from the backup of .* 25\d\d BE/);
  });

  it('a damaged backup is found, deleted and reported, and restoring it changes nothing', async () => {
    const { s } = services();
    await workshop(s, 'บ้านนาขา', 200);
    const good = await s['backups.create']({});
    const bad = await s['backups.create']({});
    const file = path.join(s.backups.dir, bad.name);
    corrupt(file);

    await expect(s['backups.restore']({ name: bad.name })).rejects.toThrow(/damaged and was deleted/);
    expect(fs.existsSync(file)).toBe(false);
    expect(await names(s)).toEqual(['บ้านนาขา']);
    const listed = await s['backups.list']({});
    expect(listed.backups.map((b) => b.name)).toContain(good.name);
    expect(listed.backups.map((b) => b.name)).not.toContain(bad.name);
    expect(listed.problems).toEqual([expect.objectContaining({ name: bad.name, deleted: true })]);
  });

  it('a backup file that is not a database at all is deleted when the list is read', async () => {
    const { s } = services();
    await workshop(s, 'บ้านนาขา', 1);
    const made = await s['backups.create']({});
    fs.writeFileSync(path.join(s.backups.dir, made.name), 'not a database at all '.repeat(300));
    const listed = await s['backups.list']({});
    expect(listed.backups).toEqual([]);
    expect(listed.problems[0]).toMatchObject({ name: made.name, deleted: true });
    expect(fs.existsSync(path.join(s.backups.dir, made.name))).toBe(false);
  });

  it('backs up at start before migrating, and at quit only when something changed', async () => {
    const t = tempDir('cbmc-backup-');
    cleanups.push(t.cleanup);
    // A database from the first schema, as an older version left it.
    const old = new Database(path.join(t.dir, DB_FILE));
    const { MIGRATIONS } = await import('../../electron/db/migrations');
    old.exec(MIGRATIONS[0]!.sql);
    old.pragma('user_version = 1');
    old.prepare('INSERT INTO workshops (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      'wold',
      JSON.stringify({
        id: 'wold',
        name: 'เก่า',
        group: '',
        tambon: '',
        amphoe: '',
        province: '',
        date: '2025-01-01',
        facilitator: '',
        createdAt: 'x',
        updatedAt: 'x',
      }),
      'x',
      'x',
    );
    old.close();

    const s = createServices({ dataDir: t.dir, resourcesDir: RESOURCES });
    const first = (await s['backups.list']({})).backups;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ reason: 'start', workshops: 1 });
    const startCopy = new Database(path.join(s.backups.dir, first[0]!.name), { readonly: true });
    expect(startCopy.pragma('user_version', { simple: true })).toBe(1);
    startCopy.close();

    expect(await s.backups.autoBackup()).toBeNull(); // nothing changed yet
    // A workshop can come back from that older-format backup too.
    const copy = await s['backups.restoreWorkshop']({ name: first[0]!.name, workshopId: 'wold' as never, lang: 'th' });
    expect(copy.name).toMatch(/^เก่า \(สำเนาจากข้อมูลสำรอง/);
    expect(await s.backups.autoBackup()).not.toBeNull(); // the copy is a change
    s.close();
    expect(fs.readdirSync(backupDirOf(t.dir)).filter((n) => n.includes('-quit'))).toEqual([]);

    const again = createServices({ dataDir: t.dir, resourcesDir: RESOURCES });
    await workshop(again, 'บ้านใหม่', 2);
    const auto = await again.backups.autoBackup();
    expect(auto?.contents).toMatchObject({ workshops: 3, notes: 2 }); // the old one, its copy, the new one
    expect(await again.backups.autoBackup()).toBeNull();
    await again['workshops.create']({
      fields: { name: 'อีกหนึ่ง', group: '', tambon: '', amphoe: '', province: '', date: '2026-02-01', facilitator: '' },
    });
    again.close();
    const quits = fs.readdirSync(backupDirOf(t.dir)).filter((n) => n.includes('-quit'));
    expect(quits).toHaveLength(1);
    const q = new Database(path.join(backupDirOf(t.dir), quits[0]!), { readonly: true });
    expect(q.prepare('SELECT count(*) AS n FROM workshops').get()).toEqual({ n: 4 });
    q.close();
  });
});

describe('backup requests', () => {
  it('cannot name a file outside the backups folder, or one that is not there', async () => {
    const { s } = services();
    await workshop(s, 'บ้านนาขา', 1);
    for (const name of ['../cbmc-studio.sqlite', '/etc/passwd', 'backups/../../x.sqlite', 'cbmc-studio.sqlite-wal']) {
      const r = await dispatch(s, 'backups.restore', { name });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    const missing = await dispatch(s, 'backups.restore', { name: 'cbmc-2020-01-01T00-00-00-000Z-manual.sqlite' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await names(s)).toEqual(['บ้านนาขา']);
  });
});

describe('the in-thread backup, for threads that cannot wait on a worker', () => {
  it('copies the live database, including what is still in its WAL, and checks the copy', async () => {
    const { s, dir } = services();
    await workshop(s, 'บ้านนาขา', 50);
    const r = makeBackupInThread({
      kind: 'backup',
      source: path.join(dir, DB_FILE),
      dir: s.backups.dir,
      reason: 'quit',
      at: new Date().toISOString(),
    });
    expect(r.bad).toBeNull();
    expect(r.made?.contents).toMatchObject({ workshops: 1, notes: 50 });
    const listed = (await s['backups.list']({})).backups;
    expect(listed.map((b) => b.name)).toContain(r.made!.name);
  });
});

describe('when a backup cannot be made at start', () => {
  it('an upgrade waits: the old database is left as it was', async () => {
    const t = tempDir('cbmc-backup-');
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, DB_FILE);
    const old = new Database(file);
    const { MIGRATIONS } = await import('../../electron/db/migrations');
    old.exec(MIGRATIONS[0]!.sql);
    old.pragma('user_version = 1');
    old.close();
    fs.writeFileSync(backupDirOf(t.dir), 'a file where the backups folder should be');
    const bytes = fs.readFileSync(file);
    expect(() => createServices({ dataDir: t.dir, resourcesDir: RESOURCES })).toThrow(/before upgrading/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('a damaged database at start', () => {
  it('is moved aside untouched; the app waits in recovery until a backup is restored', async () => {
    const { s, dir } = services();
    await workshop(s, 'บ้านนาขา', 300);
    await workshop(s, 'บ้านหนองบัว', 5);
    const made = await s['backups.create']({});
    s.close();
    const file = path.join(dir, DB_FILE);
    corrupt(file);
    const damagedBytes = fs.readFileSync(file);

    const { s: s2 } = services(dir);
    const status = await s2['backups.status']({});
    expect(status.recovery?.kind).toBe('damaged');
    expect(fs.existsSync(file)).toBe(false);
    const moved = status.recovery!.movedTo.find((p) => p.endsWith('.sqlite'))!;
    expect(path.basename(moved)).toMatch(/^cbmc-studio\.damaged-.*\.sqlite$/);
    expect(fs.readFileSync(moved).equals(damagedBytes)).toBe(true);
    // No silent empty database: the data channels refuse, and no file was created.
    await expect(s2['workshops.list']({})).rejects.toThrow(/restore a backup/);
    expect(fs.existsSync(file)).toBe(false);

    const listed = await s2['backups.list']({});
    expect(listed.backups.map((b) => b.name)).toContain(made.name);
    await s2['backups.restore']({ name: made.name });
    expect((await s2['backups.status']({})).recovery).toBeNull();
    expect(await names(s2)).toEqual(['บ้านนาขา', 'บ้านหนองบัว']);
  });

  it('starts empty only when asked to', async () => {
    const t = tempDir('cbmc-backup-');
    cleanups.push(t.cleanup);
    fs.writeFileSync(path.join(t.dir, DB_FILE), 'this is not sqlite '.repeat(100));
    const { s } = services(t.dir);
    expect((await s['backups.status']({})).recovery?.kind).toBe('damaged');
    await expect(s['workshops.list']({})).rejects.toThrow();
    await s['backups.startEmpty']({});
    expect(await s['workshops.list']({})).toEqual([]);
    await expect(s['backups.startEmpty']({})).rejects.toThrow(/already open/);
  });

  it('a missing database with backups beside it waits for a choice too', async () => {
    const { s, dir } = services();
    await workshop(s, 'บ้านนาขา', 1);
    s.close();
    fs.rmSync(path.join(dir, DB_FILE));
    const { s: s2 } = services(dir);
    expect((await s2['backups.status']({})).recovery?.kind).toBe('missing');
    const [latest] = (await s2['backups.list']({})).backups;
    await s2['backups.restore']({ name: latest!.name });
    expect(await names(s2)).toEqual(['บ้านนาขา']);
  });

  it('a database from a newer version is still refused and left exactly as it was', () => {
    const t = tempDir('cbmc-backup-');
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, DB_FILE);
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const bytes = fs.readFileSync(file);
    expect(() => createServices({ dataDir: t.dir, resourcesDir: RESOURCES })).toThrow(/newer CBMC Studio/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(t.dir)).toEqual([DB_FILE]);
  });
});

/** Overwrites 8 KiB in the middle of a real database file with garbage. */
function corrupt(file: string): void {
  const size = fs.statSync(file).size;
  expect(size).toBeGreaterThan(16 * 1024);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  fs.closeSync(fd);
}
