import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { dispatch } from '../../electron/services/dispatch';
import { WorkshopService } from '../../electron/services/WorkshopService';
import type { HostApi } from '../../shared/contract/contract';
import type { Op } from '../../shared/ops';
import { board, note } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const fields = { name: 'เวิร์กช็อปดิสก์เต็ม', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' };

describe('a full disk', () => {
  it('commits on synchronous FULL', () => {
    const t = tempDir();
    const db = openDatabase(t.dir);
    cleanups.push(() => (db.close(), t.cleanup()));
    // 2 = FULL (0 OFF, 1 NORMAL, 3 EXTRA)
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('says so in Thai and English, and loses nothing already saved', async () => {
    const t = tempDir();
    let db = openDatabase(t.dir);
    cleanups.push(() => (db.open && db.close(), t.cleanup()));
    const svc = new WorkshopService(db);
    const w = svc.create(fields);
    svc.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n0', { text: 'บันทึกแล้วก่อนดิสก์เต็ม' }) },
    ]);
    const saved = svc.open(w.id);

    // The database may not grow past its current size: the next big write meets SQLITE_FULL.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const api = {
      'ops.apply': async ({ workshopId, ops }: { workshopId: never; ops: Op[] }) => svc.applyOps(workshopId, ops),
    } as unknown as HostApi;
    let result: Awaited<ReturnType<typeof dispatch>> | undefined;
    // Each batch holds ~200 KB of text; the page limit stops one of the first few.
    for (let i = 1; i <= 10; i++) {
      const ops: Op[] = Array.from({ length: 100 }, (_, k) => ({
        type: 'note.add',
        value: note(`n${i}_${k}`, { text: 'ก'.repeat(2000) }),
      }));
      result = await dispatch(api, 'ops.apply', { workshopId: w.id, ops });
      if (!result.ok) break;
    }
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.error.code).toBe('unavailable');
    expect(result.error.message).toMatch(/ดิสก์เต็ม/);
    expect(result.error.message).toMatch(/disk is full/);
    expect(result.error.message).toMatch(/Everything saved before is safe/);

    // Memory did not take the refused batch, and the file holds everything committed before it.
    const inMemory = svc.open(w.id);
    expect(Object.keys(inMemory.notes)).toContain('n0');
    db.close();
    db = openDatabase(t.dir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const reopened = new WorkshopService(db).open(w.id);
    expect(reopened.notes['n0']).toEqual(saved.notes['n0']);
    expect(reopened).toEqual(inMemory);
  });
});
