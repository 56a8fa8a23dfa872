import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { dispatch } from '../../electron/services/dispatch';
import { describeWorkshopImportRefusal } from '../../shared/i18n/workshopFileProblems';
import { RECORD_VERSIONS } from '../../shared/model/recordFormats';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { WORKSHOP_FILE_VERSION, type WorkshopFileProblem, type WorkshopImport } from '../../shared/workshopFile/workshopFile';
import { tempDir } from '../helpers/tempDir';
import { contentOf, dumpDatabase, seedRichWorkshop } from '../helpers/workshopFileFixtures';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

/** One "computer": its own data folder and services. */
function machine(): { dir: string; s: Services } {
  const t = tempDir('cbmc-wsfile-');
  const s = createServices({ dataDir: t.dir, resourcesDir: path.join(ROOT, 'resources') });
  cleanups.push(() => {
    s.close();
    t.cleanup();
  });
  return { dir: t.dir, s };
}

function problemOf(r: WorkshopImport): WorkshopFileProblem {
  if (r.imported) throw new Error('expected a refusal, the file was imported');
  return r.problem;
}

async function importText(s: Services, text: string): Promise<WorkshopImport> {
  const r = await dispatch(s, 'workshopFile.import', { text });
  if (!r.ok) throw new Error(`the gate refused: ${r.error.message}`);
  return r.value as WorkshopImport;
}

describe('workshop file: export and import on real SQLite files', () => {
  it('another computer gets the same workshop under new ids, with the template set it used', async () => {
    const a = machine();
    // A facilitator's own set, in use: the file must carry it to a computer that does not have it.
    const own = structuredClone(BUILTIN_LIBRARY);
    own.templates[0]!.name_th = 'ผืนผ้าใบของภาคใต้';
    own.process.phases[0]!.steps[0]!.name_th = 'ค้นหาแกนนำและคนรุ่นใหม่';
    const saved = await a.s['templateSets.save']({ name: 'ชุดภาคใต้', ...own });
    await a.s['templateSets.activate']({ id: saved.id });
    const id = await seedRichWorkshop(a.s, 'กลุ่มน้ำพริกแกงบ้านนาขา');
    const original = (await a.s['workshop.open']({ id: id as never })).doc;

    const file = await a.s['workshopFile.export']({ id: id as never });
    expect(file.fileName).toBe('กลุ่มน้ำพริกแกงบ้านนาขา.cbmc');
    expect(file.leftOut).toBe(0);
    const envelope = JSON.parse(file.text);
    expect(envelope).toMatchObject({ format: 'cbmc-workshop', formatVersion: WORKSHOP_FILE_VERSION, recordVersions: RECORD_VERSIONS });
    expect(file.text.split('\n').filter((l) => l.includes('"text":"น้ำพริกแกงสูตรแม่'))).toHaveLength(6); // one note a line

    const b = machine();
    const result = await importText(b.s, file.text);
    if (!result.imported) throw new Error(describeWorkshopImportRefusal('en', result.problem));
    expect(result.templateSet).toMatchObject({ name: 'ชุดภาคใต้', added: true });
    const copy = (await b.s['workshop.open']({ id: result.workshop.id })).doc;
    expect(contentOf(copy)).toEqual(contentOf(original));
    const set = await b.s['templateSets.get']({ id: result.templateSet.id });
    expect({ templates: set.templates, process: set.process }).toEqual(own);
    // Every record id is new; the step states keep the process's step ids.
    const ids = (d: typeof copy) => [d.workshop.id, ...Object.keys(d.boards), ...Object.keys(d.notes), ...Object.keys(d.rows)];
    for (const newId of ids(copy)) expect(ids(original)).not.toContain(newId);
    expect(Object.keys(copy.steps).sort()).toEqual(['s1', 's2']);
    // The list shows it with its counts; the set is there but not switched on.
    expect((await b.s['workshops.list']({}))[0]).toMatchObject({ name: 'กลุ่มน้ำพริกแกงบ้านนาขา', boardCount: 2, noteCount: 6, stepsDone: 1 });
    expect((await b.s['templateSets.list']({})).activeId).toBe('builtin');
  });

  it('importing on the same computer adds a copy and leaves the original and everything else as they were', async () => {
    const a = machine();
    const id = await seedRichWorkshop(a.s, 'วิสาหกิจชุมชนข้าวหอม');
    const before = dumpDatabase(a.dir);
    const originalDoc = (await a.s['workshop.open']({ id: id as never })).doc;
    const { text } = await a.s['workshopFile.export']({ id: id as never });

    const result = await importText(a.s, text);
    if (!result.imported) throw new Error(describeWorkshopImportRefusal('en', result.problem));
    expect(result.templateSet).toEqual({ id: 'builtin', name: expect.any(String), added: false });
    expect(dumpDatabase(a.dir, { workshops: [result.workshop.id] })).toBe(before);
    const copy = (await a.s['workshop.open']({ id: result.workshop.id })).doc;
    expect(contentOf(copy)).toEqual(contentOf(originalDoc));
    // Edits to the copy do not reach the original.
    const noteId = Object.keys(copy.notes)[0]!;
    await a.s['ops.apply']({ workshopId: copy.workshop.id, ops: [{ type: 'note.patch', id: noteId, patch: { text: 'แก้ในสำเนา' } }] });
    expect(Object.values((await a.s['workshop.open']({ id: id as never })).doc.notes).map((n) => n.text)).not.toContain('แก้ในสำเนา');
    // A second import is a second copy.
    const again = await importText(a.s, text);
    expect(again.imported).toBe(true);
    expect((await a.s['workshops.list']({})).filter((w) => w.name === 'วิสาหกิจชุมชนข้าวหอม')).toHaveLength(3);
  });

  it('a file from a newer version, or with newer records, is refused by name and changes nothing', async () => {
    const a = machine();
    const id = await seedRichWorkshop(a.s, 'กลุ่มทอผ้า');
    const { text } = await a.s['workshopFile.export']({ id: id as never });
    const before = dumpDatabase(a.dir);

    const newerFile = JSON.parse(text);
    newerFile.formatVersion = WORKSHOP_FILE_VERSION + 1;
    const r1 = await importText(a.s, JSON.stringify(newerFile));
    expect(r1).toEqual({
      imported: false,
      problem: { code: 'newerFormat', version: WORKSHOP_FILE_VERSION + 1, known: WORKSHOP_FILE_VERSION },
    });
    expect(describeWorkshopImportRefusal('th', problemOf(r1))).toContain('รุ่นที่ใหม่กว่า (รูปแบบไฟล์ 2 แต่รุ่นนี้รู้จักถึง 1) กรุณาอัปเดตโปรแกรม');

    const newerNotes = JSON.parse(text);
    newerNotes.recordVersions.note = RECORD_VERSIONS.note + 1;
    const r2 = await importText(a.s, JSON.stringify(newerNotes));
    expect(r2).toMatchObject({ imported: false, problem: { code: 'newerRecords', kind: 'note' } });
    const th = describeWorkshopImportRefusal('th', problemOf(r2));
    expect(th).toContain('ข้อมูลโน้ตในไฟล์บันทึกด้วย CBMC Studio รุ่นที่ใหม่กว่า');
    expect(th).toContain('ไม่มีข้อมูลใดถูกเปลี่ยน');
    expect(describeWorkshopImportRefusal('en', problemOf(r2))).toContain("the file's note records were saved by a newer CBMC Studio");

    expect(dumpDatabase(a.dir)).toBe(before);
  });

  it('a cut-short file and an edited record are refused, naming the first problem', async () => {
    const a = machine();
    const id = await seedRichWorkshop(a.s, 'กลุ่มออมทรัพย์');
    const { text } = await a.s['workshopFile.export']({ id: id as never });
    const before = dumpDatabase(a.dir);

    const cut = await importText(a.s, text.slice(0, Math.floor(text.length * 0.4)));
    expect(cut).toMatchObject({ imported: false, problem: { code: 'truncated' } });
    expect(describeWorkshopImportRefusal('th', problemOf(cut))).toContain('ไฟล์ขาดหายไม่ครบ');

    // Hand-edit the third note's colour to one that does not exist, and the fifth's text to a number.
    const lines = text.split('\n');
    const noteLines = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes('"blockId"'));
    lines[noteLines[2]![1]] = noteLines[2]![0].replace(/"color":"\w+"/, '"color":"gold"');
    lines[noteLines[4]![1]] = noteLines[4]![0].replace(/"text":"[^"]*"/, '"text":5');
    const edited = await importText(a.s, lines.join('\n'));
    expect(edited).toMatchObject({ imported: false, problem: { code: 'record', kind: 'note', index: 3 } });
    const en = describeWorkshopImportRefusal('en', problemOf(edited));
    expect(en).toMatch(/^Cannot import the workshop file: note number 3 \(id "n\w+"\) cannot be used: .*color/);

    expect(dumpDatabase(a.dir)).toBe(before);
  });
});

describe('workshop file dialogs (the Electron host)', () => {
  it('saves through the host dialog, reads a picked file only when its size is acceptable, and a closed dialog changes nothing', async () => {
    const t = tempDir('cbmc-wsfile-dlg-');
    let written: { name: string; text: string } | undefined;
    let picked: { path: string; size: number; read(): Promise<string> } | null = null;
    const s = createServices({
      dataDir: t.dir,
      resourcesDir: path.join(ROOT, 'resources'),
      saveWorkshopFile: async (name, text) => {
        written = { name, text };
        return `/home/facilitator/${name}`;
      },
      openWorkshopFile: async () => picked,
    });
    cleanups.push(() => {
      s.close();
      t.cleanup();
    });
    const id = await seedRichWorkshop(s, 'กลุ่มจักสานกระจูด');
    const saved = await s['workshopFile.save']({ id: id as never });
    expect(saved).toEqual({ saved: true, path: '/home/facilitator/กลุ่มจักสานกระจูด.cbmc', fileName: 'กลุ่มจักสานกระจูด.cbmc', leftOut: 0 });
    const before = dumpDatabase(t.dir);

    expect(await s['workshopFile.open']({})).toEqual({ imported: false, canceled: true });
    picked = { path: '/big.cbmc', size: 60 * 1024 * 1024, read: () => Promise.reject(new Error('a file over the limit must not be read')) };
    expect(await s['workshopFile.open']({})).toMatchObject({ imported: false, problem: { code: 'tooLarge' } });
    expect(dumpDatabase(t.dir)).toBe(before);

    picked = { path: '/ok.cbmc', size: written!.text.length, read: async () => written!.text };
    expect(await s['workshopFile.open']({})).toMatchObject({ imported: true, workshop: { name: 'กลุ่มจักสานกระจูด' } });
  });

  it('the browser host has no dialogs: it says where the file is instead', async () => {
    const a = machine();
    const id = await seedRichWorkshop(a.s, 'กลุ่มใดก็ได้');
    const r = await dispatch(a.s, 'workshopFile.save', { id });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('GET /api/workshop-file/') } });
  });
});
