import { describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { applyAll, applyBatch, type Op } from '../../shared/ops';
import { undoOwn } from '../../shared/ops/undoOwn';
import { board, docWithBoard, note, tableLayout } from '../helpers/fixtures';

function start(): WorkshopDoc {
  const d = docWithBoard();
  d.notes.n1 = note('n1', { text: 'ตลาดนัดชุมชน' });
  d.boards.t1 = board('t1', tableLayout);
  d.rows.r1 = { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: { what: 'อบรม', budget: '500' } };
  return d;
}

/** I apply a batch (kept as the undo stack keeps it); then others apply theirs; then I undo mine. */
function scenario(mine: Op[], theirs: Op[][]) {
  const before = start();
  const applied = applyBatch(before, mine);
  let now = applied.doc;
  for (const ops of theirs) now = applyAll(now, ops);
  const undo = undoOwn(now, { ops: mine, inverse: applied.inverse });
  return { before, now, undo, after: applyAll(now, undo) };
}

describe('undo only my own batch, with someone else writing too', () => {
  it('puts back the fields I changed and keeps the field the other person changed since', () => {
    const { after } = scenario(
      [{ type: 'note.patch', id: 'n1', patch: { x: 200, y: 90, color: 'pink' } }],
      [[{ type: 'note.patch', id: 'n1', patch: { text: 'ตลาดเขียว', color: 'green' } }]],
    );
    expect(after.notes.n1).toMatchObject({ x: 10, y: 10, text: 'ตลาดเขียว', color: 'green' });
  });

  it('leaves a field alone when the other person wrote it after me, even with the same kind of edit', () => {
    const { undo, now, after } = scenario(
      [{ type: 'note.patch', id: 'n1', patch: { text: 'ของฉัน' } }],
      [[{ type: 'note.patch', id: 'n1', patch: { text: 'ของเขา' } }]],
    );
    expect(undo).toEqual([]);
    expect(after).toEqual(now);
  });

  it('undoes my cell and keeps the cell they typed in the same row', () => {
    const { after } = scenario(
      [{ type: 'row.cell', id: 'r1', columnId: 'budget', value: '1,500' }],
      [[{ type: 'row.cell', id: 'r1', columnId: 'what', value: 'ศึกษาดูงาน' }]],
    );
    expect(after.rows.r1!.cells).toEqual({ what: 'ศึกษาดูงาน', budget: '500' });
    const same = scenario(
      [{ type: 'row.cell', id: 'r1', columnId: 'budget', value: '1,500' }],
      [[{ type: 'row.cell', id: 'r1', columnId: 'budget', value: '900' }]],
    );
    expect(same.after.rows.r1!.cells.budget).toBe('900');
  });

  it('removes a note I added only while nobody has changed it, and skips one that is gone', () => {
    const added: Op[] = [
      { type: 'note.add', value: note('n2', { text: 'ร่าง' }) },
      { type: 'note.patch', id: 'n2', patch: { text: 'น้ำพริกแกง' } },
    ];
    expect(scenario(added, []).after.notes.n2).toBeUndefined();
    expect(scenario(added, [[{ type: 'note.patch', id: 'n1', patch: { x: 99 } }]]).after.notes.n2).toBeUndefined();
    const edited = scenario(added, [[{ type: 'note.patch', id: 'n2', patch: { color: 'blue' } }]]);
    // Kept whole: the draft text it had inside my batch was never anyone's.
    expect(edited.after.notes.n2).toMatchObject({ text: 'น้ำพริกแกง', color: 'blue' });
    const gone = scenario(added, [[{ type: 'note.remove', id: 'n2' }]]);
    expect(gone.undo).toEqual([]);
  });

  it('brings back a note I removed, unless its board has gone since', () => {
    const removed: Op[] = [{ type: 'note.remove', id: 'n1' }];
    expect(scenario(removed, []).after.notes.n1).toEqual(start().notes.n1);
    const boardGone = scenario(removed, [[{ type: 'board.remove', id: 'b1' }]]);
    expect(boardGone.undo).toEqual([]);
    expect(boardGone.after.boards.b1).toBeUndefined();
  });

  it('skips edits of a record someone removed and still undoes the rest of the batch', () => {
    const { after, undo } = scenario(
      [
        { type: 'note.patch', id: 'n1', patch: { text: 'แก้' } },
        { type: 'row.cell', id: 'r1', columnId: 'what', value: 'ทำบัญชี' },
      ],
      [[{ type: 'note.remove', id: 'n1' }]],
    );
    expect(undo).toHaveLength(1);
    expect(after.notes.n1).toBeUndefined();
    expect(after.rows.r1!.cells.what).toBe('อบรม');
  });

  it('is the full inverse when nobody else wrote', () => {
    const batches: Op[][] = [
      [
        { type: 'note.add', value: note('n3') },
        { type: 'note.patch', id: 'n1', patch: { blockId: 'right', x: 5 } },
        { type: 'row.cell', id: 'r1', columnId: 'budget', value: null },
        { type: 'row.add', value: { id: 'r2' as never, boardId: 't1' as never, order: 2, cells: { what: 'x' } } },
        { type: 'row.cell', id: 'r2', columnId: 'budget', value: '10' },
      ],
      [
        { type: 'workshop.patch', patch: { name: 'ใหม่' } },
        { type: 'board.patch', id: 'b1', patch: { title: 'ใหม่' } },
      ],
      [
        { type: 'note.remove', id: 'n1' },
        { type: 'row.remove', id: 'r1' },
      ],
    ];
    for (const ops of batches) {
      const { before, after } = scenario(ops, []);
      expect(after).toEqual(before);
    }
  });
});
