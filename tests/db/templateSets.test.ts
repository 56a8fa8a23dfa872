import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from '../../electron/db/openDatabase';
import { TemplateSetService } from '../../electron/services/TemplateSetService';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { toTemplateSetFile, type TemplateSetContent } from '../../shared/templates/templateSetFile';
import { tempDatabase } from '../helpers/tempDatabase';

function setup() {
  const { dir, db } = tempDatabase();
  return { dir, db, svc: new TemplateSetService(db) };
}

function mySet(): TemplateSetContent {
  const set: TemplateSetContent = { name: 'ชุดของพี่เลี้ยงภาคใต้', ...structuredClone(BUILTIN_LIBRARY) };
  set.process.phases[0]!.steps[0]!.name_th = 'ค้นหาแกนนำและคนรุ่นใหม่';
  const cbmc = set.templates.find((t) => t.id === 'cbmc-9')!;
  set.templates.push({ ...structuredClone(cbmc), id: 'cbmc-9-south', name_th: 'CBMC ภาคใต้' });
  return set;
}

describe('template sets on a real SQLite file', () => {
  it('saves a set, activates it, and a fresh service on the reopened file returns it unchanged', () => {
    const { dir, db, svc } = setup();
    expect(svc.list()).toMatchObject({ activeId: 'builtin', sets: [{ id: 'builtin', builtin: true, stepCount: 11 }] });
    expect(svc.library()).toBe(BUILTIN_LIBRARY);
    const saved = svc.save(mySet());
    expect(saved).toMatchObject({ name: 'ชุดของพี่เลี้ยงภาคใต้', templateCount: BUILTIN_LIBRARY.templates.length + 1, builtin: false });
    svc.activate(saved.id);
    const before = svc.get(saved.id);
    db.close();
    const again = new TemplateSetService(openDatabase(dir));
    expect(again.get(saved.id)).toEqual(before);
    expect(again.list().activeId).toBe(saved.id);
    expect(again.library().process.phases[0]!.steps[0]!.name_th).toBe('ค้นหาแกนนำและคนรุ่นใหม่');
    expect(again.library().templates.some((t) => t.id === 'cbmc-9-south')).toBe(true);
  });

  it('updates in place, exports and re-imports a set as a file', () => {
    const { svc } = setup();
    const saved = svc.save(mySet());
    const edited = { ...svc.get(saved.id), name: 'ชุดแก้ไขแล้ว' };
    svc.save(edited);
    expect(svc.list().sets.filter((s) => !s.builtin)).toHaveLength(1);
    const file = svc.export(saved.id);
    expect(file.fileName).toBe('ชุดแก้ไขแล้ว.cbmc-templates.json');
    const imported = svc.import(file.text);
    expect(imported.id).not.toBe(saved.id);
    const { id: _a, createdAt: _b, updatedAt: _c, ...a } = svc.get(imported.id);
    const { id: _d, createdAt: _e, updatedAt: _f, ...b } = svc.get(saved.id);
    expect(a).toEqual(b);
    expect(svc.export('builtin').text).toBe(toTemplateSetFile({ name: svc.get('builtin').name, ...BUILTIN_LIBRARY }));
  });

  it('a bad import changes nothing: not the sets, not the active set, not a byte of the database', () => {
    const { dir, db, svc } = setup();
    const saved = svc.save(mySet());
    svc.activate(saved.id);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fs.readFileSync(path.join(dir, DB_FILE));
    const listBefore = svc.list();
    const bad = JSON.parse(toTemplateSetFile(mySet()));
    bad.templates[0].layout.blocks[1].col = 1; // overlaps "partners"
    expect(() => svc.import(JSON.stringify(bad))).toThrow(
      /cannot import the template set: template "cbmc-9": blocks "partners" and "activities" overlap\. Nothing was changed\./,
    );
    expect(() => svc.import(JSON.stringify({ ...bad, version: 9 }))).toThrow(/comes from a newer CBMC Studio/);
    expect(() => svc.import('not json')).toThrow(/not a template set/);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(path.join(dir, DB_FILE)).equals(bytes)).toBe(true);
    expect(svc.list()).toEqual(listBefore);
  });

  it('the built-in set is read-only; deleting the active set falls back to the built-in one', () => {
    const { svc } = setup();
    expect(() => svc.save({ ...mySet(), id: 'builtin' })).toThrow(/cannot be changed/);
    expect(() => svc.delete('builtin')).toThrow(/cannot be deleted/);
    expect(() => svc.activate('nope')).toThrow(/does not exist/);
    const saved = svc.save(mySet());
    svc.activate(saved.id);
    svc.delete(saved.id);
    expect(svc.list().activeId).toBe('builtin');
    expect(svc.library()).toBe(BUILTIN_LIBRARY);
  });

  it('an unreadable stored set is left out of the list and the library falls back', () => {
    const { db, svc } = setup();
    const saved = svc.save(mySet());
    svc.activate(saved.id);
    db.prepare('UPDATE template_sets SET data = ? WHERE id = ?').run('{"name":"x"}', saved.id);
    expect(svc.list().sets.map((s) => s.id)).toEqual(['builtin']);
    expect(svc.library()).toBe(BUILTIN_LIBRARY);
  });
});
