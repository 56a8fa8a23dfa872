import { describe, expect, it } from 'vitest';
import { addBoardOps, deleteBoardOps } from '../../shared/edits/boards';
import {
  addedIds,
  addNoteOps,
  deleteNotesOps,
  duplicateNotesOps,
  moveNotesOps,
  recolourNotesOps,
  setNoteTextOps,
  topZ,
} from '../../shared/edits/notes';
import { patchWorkshopOps } from '../../shared/edits/workshop';
import { blockRects, noteRect } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';
import { applyAll, invertAll, opSchema, type Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { board, docWithBoard, note, tableLayout } from '../helpers/fixtures';

const doc = () => {
  const d = docWithBoard();
  d.notes.n1 = note('n1', { z: 3 });
  d.notes.n2 = note('n2', { blockId: 'right', z: 7, color: 'pink' });
  d.boards.t1 = board('t1', tableLayout);
  d.rows.r1 = { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: { what: 'อบรม' } };
  return d;
};

/** Every batch a builder makes passes the host's schema, applies, and undoes to the start. */
function roundTrip(before: ReturnType<typeof doc>, ops: Op[]) {
  for (const op of ops) expect(opSchema.safeParse(JSON.parse(JSON.stringify(op))).success, op.type).toBe(true);
  const after = applyAll(before, ops);
  expect(applyAll(after, invertAll(before, ops))).toEqual(before);
  return after;
}

describe('note builders', () => {
  it('a new note goes on top of its board with the typed text', () => {
    const d = doc();
    const ops = addNoteOps(d, { boardId: 'b1', blockId: 'left', x: 30, y: 40, color: 'green', text: 'ผู้นำกลุ่ม' });
    const after = roundTrip(d, ops);
    const made = after.notes[addedIds(ops)[0]!]!;
    expect(made).toMatchObject({ blockId: 'left', x: 30, y: 40, color: 'green', text: 'ผู้นำกลุ่ม', z: topZ(d, 'b1') });
    expect(made.z).toBeGreaterThan(Math.max(...Object.values(d.notes).map((n) => n.z)));
  });

  it('text and colour change only what differs', () => {
    const d = doc();
    expect(setNoteTextOps(d, { noteId: 'n1', text: d.notes.n1!.text })).toEqual([]);
    expect(setNoteTextOps(d, { noteId: 'gone', text: 'x' })).toEqual([]);
    roundTrip(d, setNoteTextOps(d, { noteId: 'n1', text: 'แก้ไขแล้ว' }));
    const recolour = recolourNotesOps(d, { ids: ['n1', 'n2', 'gone'], color: 'pink' });
    expect(recolour.map((o) => ('id' in o ? o.id : ''))).toEqual(['n1']);
    roundTrip(d, recolour);
  });

  it('moving drops each note in the block under its centre, on top, keeping its board position', () => {
    const d = docWithBoard();
    d.boards.b1 = { ...board(), layout: structuredClone(cbmc9.layout) };
    d.notes.n1 = note('n1', { blockId: 'value', x: 40, y: 160 });
    const layout = d.boards.b1.layout as CanvasLayout;
    const from = noteRect(layout, d.notes.n1);
    const customers = blockRects(layout).find((r) => r.id === 'customers')!;
    const dx = customers.x + customers.w / 2 - (from.x + from.w / 2);
    const dy = customers.y + customers.h / 2 - (from.y + from.h / 2);
    const after = roundTrip(d, moveNotesOps(d, { boardId: 'b1', ids: ['n1'], dx, dy }));
    expect(after.notes.n1!.blockId).toBe('customers');
    const to = noteRect(layout, after.notes.n1!);
    expect([to.x - from.x, to.y - from.y]).toEqual([dx, dy]);
    expect(after.notes.n1!.z).toBe(topZ(d, 'b1'));
  });

  it('duplicates sit on top, offset, with new ids; delete removes only notes that exist', () => {
    const d = doc();
    const ops = duplicateNotesOps(d, { ids: ['n1', 'n2'] });
    const after = roundTrip(d, ops);
    const copies = addedIds(ops).map((id) => after.notes[id]!);
    expect(copies.map((c) => [c.x - 24, c.y - 24, c.text])).toEqual([d.notes.n1, d.notes.n2].map((n) => [n!.x, n!.y, n!.text]));
    expect(copies.every((c) => c.z >= topZ(d, 'b1'))).toBe(true);
    expect(new Set(addedIds(ops)).size).toBe(2);
    expect(deleteNotesOps(d, { ids: ['n1', 'gone'] })).toEqual([{ type: 'note.remove', id: 'n1' }]);
  });
});

describe('board builders', () => {
  it('a board from a template gets its own copy of the layout and comes last', () => {
    const d = doc();
    const ops = addBoardOps(d, { template: cbmc9, title: 'CBMC กลุ่ม 2', now: new Date('2026-02-01T00:00:00Z') });
    const after = roundTrip(d, ops);
    const made = after.boards[addedIds(ops)[0]!]!;
    expect(made).toMatchObject({ templateId: 'cbmc-9', title: 'CBMC กลุ่ม 2', createdAt: '2026-02-01T00:00:00.000Z' });
    expect(made.layout).toEqual(cbmc9.layout);
    expect(made.layout).not.toBe(cbmc9.layout);
    expect(made.order).toBeGreaterThan(Math.max(...Object.values(d.boards).map((b) => b.order)));
  });

  it('deleting a board takes its notes or rows in the same batch, and leaves other boards alone', () => {
    const d = doc();
    const canvas = roundTrip(d, deleteBoardOps(d, { boardId: 'b1' }));
    expect([Object.keys(canvas.boards), Object.keys(canvas.notes), Object.keys(canvas.rows)]).toEqual([['t1'], [], ['r1']]);
    const table = roundTrip(d, deleteBoardOps(d, { boardId: 't1' }));
    expect([Object.keys(table.boards), Object.keys(table.notes).length, Object.keys(table.rows)]).toEqual([['b1'], 2, []]);
    expect(deleteBoardOps(d, { boardId: 'gone' })).toEqual([]);
  });
});

describe('workshop details', () => {
  it('one workshop.patch naming only the fields that changed; none when nothing did', () => {
    const d = doc();
    expect(patchWorkshopOps(d, { ...d.workshop })).toEqual([]);
    const ops = patchWorkshopOps(d, { name: d.workshop.name, province: 'ชุมพร', date: '2026-03-01' });
    expect(ops).toEqual([{ type: 'workshop.patch', patch: { province: 'ชุมพร', date: '2026-03-01' } }]);
    roundTrip(d, ops);
  });
});
