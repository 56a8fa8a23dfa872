import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/openDatabase';
import { WorkshopRepository } from '../../electron/db/workshopRepository';
import { dispatch } from '../../electron/services/dispatch';
import { describeError } from '../../renderer/host/describeError';
import { WorkshopService } from '../../electron/services/WorkshopService';
import type { HostApi } from '../../shared/contract/contract';
import { LIMITS } from '../../shared/model/limits';
import type { Note } from '../../shared/model/Note';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Op } from '../../shared/ops';
import { board, note, tableLayout } from '../helpers/fixtures';
import { tempDatabase } from '../helpers/tempDatabase';

const fields = { name: 'เวิร์กช็อปขีดจำกัด', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' };

function setup() {
  const { dir, db } = tempDatabase();
  const svc = new WorkshopService(db);
  const api = {
    'ops.apply': async ({ workshopId, ops }: { workshopId: never; ops: Op[] }) => svc.applyOps(workshopId, ops),
  } as unknown as HostApi;
  /** Through the same gate the hosts use: schema first, then the service. */
  const send = (workshopId: string, ops: unknown[]) => dispatch(api, 'ops.apply', { workshopId, ops });
  return { db, svc, send, dir };
}

describe('declared limits, enforced by the host', () => {
  it('a board full of notes takes no more, while removing one makes room', async () => {
    const { db, svc, dir } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [{ type: 'board.add', value: board('b1') }]);
    // Fill the board straight through the repository (ops one by one would take minutes).
    const repo = new WorkshopRepository(db);
    const full: WorkshopDoc = { ...svc.open(w.id), notes: {} };
    for (let i = 0; i < LIMITS.notesPerBoard; i++) full.notes[`f${i}`] = note(`f${i}`, { x: i % 200, y: i % 300 });
    const none = new Set<string>();
    db.transaction(() =>
      repo.writeChanges(full, { workshop: false, boards: none, notes: new Set(Object.keys(full.notes)), rows: none, steps: none }),
    )();
    const svc2 = new WorkshopService(db);
    const api = {
      'ops.apply': async ({ workshopId, ops }: { workshopId: never; ops: Op[] }) => svc2.applyOps(workshopId, ops),
    } as unknown as HostApi;

    const over = await dispatch(api, 'ops.apply', { workshopId: w.id, ops: [{ type: 'note.add', value: note('extra') }] });
    expect(over.ok).toBe(false);
    if (!over.ok) {
      expect(over.error.code).toBe('conflict');
      // The person reads it in the UI language through its key; the English message is for logs.
      expect(describeError('th', over.error)).toMatch(/มีโน้ตได้ไม่เกิน 20,000 ใบ/);
      expect(over.error.message).toMatch(/holds at most 20,000 notes/);
    }
    expect(svc2.open(w.id).notes['extra']).toBeUndefined();

    const swap = await dispatch(api, 'ops.apply', {
      workshopId: w.id,
      ops: [
        { type: 'note.remove', id: 'f0' },
        { type: 'note.add', value: note('extra') },
      ],
    });
    expect(swap.ok).toBe(true);
    // The running count followed the swap: one more is still refused.
    const again = await dispatch(api, 'ops.apply', { workshopId: w.id, ops: [{ type: 'note.add', value: note('extra2') }] });
    expect(again.ok).toBe(false);
    db.close();
    const reopened = new WorkshopService(openDatabase(dir)).open(w.id);
    expect(Object.keys(reopened.notes)).toHaveLength(LIMITS.notesPerBoard);
    expect(reopened.notes['extra']).toBeDefined();
  });

  it('refuses absurd and off-board note positions, and keeps a note dragged just past the edge', async () => {
    const { svc, send } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1') },
    ]);
    const before = svc.open(w.id);
    for (const x of [1e308, -1e308, 1e6]) {
      const added = await send(w.id, [{ type: 'note.add', value: { ...note('far'), x } }]);
      expect(added.ok, String(x)).toBe(false);
      if (!added.ok) expect(added.error.message).toMatch(/note position is further than/);
      const moved = await send(w.id, [{ type: 'note.patch', id: 'n1', patch: { y: x } }]);
      expect(moved.ok, String(x)).toBe(false);
    }
    // Within the schema's reach, but far outside this one-row board.
    const off = await send(w.id, [{ type: 'note.patch', id: 'n1', patch: { x: 10, y: 50_000 } }]);
    expect(off.ok).toBe(false);
    if (!off.ok) {
      expect(describeError('th', off.error)).toMatch(/อยู่นอกกระดาน/);
      expect(off.error.message).toMatch(/outside board/);
    }
    expect(svc.open(w.id)).toEqual(before);
    const nudged = await send(w.id, [{ type: 'note.patch', id: 'n1', patch: { x: -60, y: -40 } }]);
    expect(nudged.ok).toBe(true);
  });

  it('refuses a row with more cells than allowed, or a cell over its size; stores nothing', async () => {
    const { svc, send } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [{ type: 'board.add', value: board('t1', tableLayout) }]);
    const row = (cells: Record<string, string>) => ({ id: 'r1', boardId: 't1', order: 1, cells });
    // ~5 MB: 1,000 cells of 5,000 characters, each within the per-cell limit.
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`c${i}`, 'ก'.repeat(LIMITS.cellText)]));
    const huge = await send(w.id, [{ type: 'row.add', value: row(many) }]);
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.error.message).toMatch(/at most 60 cells/);
    const long = await send(w.id, [{ type: 'row.add', value: row({ what: 'ก'.repeat(LIMITS.cellText + 1) }) }]);
    expect(long.ok).toBe(false);
    expect(svc.open(w.id).rows).toEqual({});
    const fine = await send(w.id, [{ type: 'row.add', value: row({ what: 'ทำบัญชีครัวเรือน', budget: '2500' }) }]);
    expect(fine.ok).toBe(true);
    const grown = await send(w.id, [{ type: 'row.patch', id: 'r1', patch: { cells: many } }]);
    expect(grown.ok).toBe(false);
    expect(svc.open(w.id).rows['r1']?.cells).toEqual({ what: 'ทำบัญชีครัวเรือน', budget: '2500' });
  });

  it('a note stored far away before the limit is brought back, not left out', () => {
    const { db, svc } = setup();
    const w = svc.create(fields);
    svc.applyOps(w.id, [{ type: 'board.add', value: board('b1') }]);
    const doc = svc.open(w.id);
    const far: Note = { ...note('old'), x: 1e308 };
    const none = new Set<string>();
    new WorkshopRepository(db).writeChanges(
      { ...doc, notes: { old: far } },
      { workshop: false, boards: none, notes: new Set(['old']), rows: none, steps: none },
    );
    const restored = new WorkshopService(db).open(w.id);
    expect(restored.notes['old']).toMatchObject({ x: 0, text: far.text });
  });
});
