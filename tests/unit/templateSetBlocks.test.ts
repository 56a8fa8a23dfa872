import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { applyAll, invertAll, opSchema } from '../../shared/ops';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { addBlockOps, editBlockOps, removeBlockOps, withNewRow, type CanvasBoard, type Edit } from '../../shared/edits/blocks';
import { freeCells, maxSpan } from '../../shared/geometry/gridCells';
import { board, docWithBoard, note } from '../helpers/fixtures';

const b1 = (d: WorkshopDoc) => d.boards.b1 as CanvasBoard;
const ops = (e: Edit) => {
  if (!e.ok) throw new Error(e.problems.map((m) => translate('en', m.key, m.vars)).join('; '));
  return e.ops;
};
/** Every note of the board sits in a block that exists, or in the tray. */
function allPlaced(d: WorkshopDoc): boolean {
  const ids = new Set(b1(d).layout.blocks.map((b) => b.id));
  return Object.values(d.notes).every((n) => n.blockId === null || ids.has(n.blockId));
}

function docWithNotes(): WorkshopDoc {
  const d = docWithBoard();
  d.notes.n1 = note('n1', { blockId: 'left' });
  d.notes.n2 = note('n2', { blockId: 'left', x: 200, color: 'pink', w: 220 });
  d.notes.n3 = note('n3', { blockId: 'right' });
  d.notes.n4 = note('n4', { blockId: null, x: 14, y: 14 });
  return d;
}

describe('editing a board template keeps every note placed', () => {
  it('removing a block moves its notes to the tray in one batch, never deleting them, and undoes as one', () => {
    const before = docWithNotes();
    const batch = ops(removeBlockOps(before, { boardId: 'b1', blockId: 'left' }));
    expect(batch.at(-1)?.type).toBe('board.patch');
    expect(batch.slice(0, -1).every((o) => o.type === 'note.patch')).toBe(true);
    const after = applyAll(
      before,
      batch.map((o) => opSchema.parse(o)),
    );
    expect(Object.keys(after.notes).sort()).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect([after.notes.n1?.blockId, after.notes.n2?.blockId, after.notes.n3?.blockId]).toEqual([null, null, 'right']);
    expect(allPlaced(after)).toBe(true);
    expect(after.notes.n2).toMatchObject({ color: 'pink', w: 220, text: before.notes.n2!.text });
    // Moved notes do not pile onto the note already in the tray.
    const spots = ['n1', 'n2', 'n4'].map((id) => `${after.notes[id]!.x},${after.notes[id]!.y}`);
    expect(new Set(spots).size).toBe(3);
    expect(applyAll(after, invertAll(before, batch))).toEqual(before);
  });

  it('without the note moves the layout change is refused (the ops layer guards it too)', () => {
    const d = docWithNotes();
    const layoutOnly = ops(removeBlockOps(d, { boardId: 'b1', blockId: 'left' })).filter((o) => o.type === 'board.patch');
    expect(() => applyAll(d, layoutOnly)).toThrow(/lose their block/);
  });

  it('the last block cannot be removed', () => {
    const d = docWithBoard();
    d.boards.b1 = { ...board(), layout: { ...b1(d).layout, blocks: [b1(d).layout.blocks[0]!] } };
    expect(removeBlockOps(d, { boardId: 'b1', blockId: 'left' })).toMatchObject({ ok: false });
  });

  it('adding a block on a free area, or on a new row when the grid is full', () => {
    let d = docWithNotes();
    expect(freeCells(b1(d).layout)).toEqual([]);
    d = applyAll(d, ops(addBlockOps(d, { boardId: 'b1', label_th: 'ช่องใหม่', at: null })));
    expect(b1(d).layout.grid.rowHeights).toHaveLength(2);
    expect(b1(d).layout.blocks.at(-1)).toMatchObject({ label_th: 'ช่องใหม่', col: 1, row: 2, colSpan: 2 });
    d = applyAll(d, ops(removeBlockOps(d, { boardId: 'b1', blockId: 'right' })));
    expect(freeCells(b1(d).layout)).toEqual([{ col: 2, row: 1 }]);
    expect(maxSpan(b1(d).layout, { col: 2, row: 1 })).toEqual({ cols: 1, rows: 1 });
    d = applyAll(d, ops(addBlockOps(d, { boardId: 'b1', label_th: 'ขวาใหม่', at: { col: 2, row: 1 } })));
    expect(allPlaced(d)).toBe(true);
    expect(Object.keys(d.notes)).toHaveLength(4);
  });

  it('refuses a block that overlaps another or lies off the grid, naming the problem', () => {
    const d = docWithNotes();
    expect(addBlockOps(d, { boardId: 'b1', label_th: 'ทับ', at: { col: 1, row: 1 } })).toMatchObject({
      ok: false,
      problems: [{ key: 'layout.overlap' }],
    });
    expect(editBlockOps(d, { boardId: 'b1', blockId: 'right', patch: { colSpan: 2 } })).toMatchObject({
      ok: false,
      problems: [{ key: 'layout.offGrid' }],
    });
  });

  it('moving a block carries its notes (they are stored relative to it) and edits titles and questions', () => {
    const d = docWithBoard();
    d.boards.b1 = { ...board(), layout: structuredClone(cbmc9.layout) } as CanvasBoard;
    d.notes.n1 = note('n1', { blockId: 'value' });
    const grown = withNewRow(b1(d).layout, 'x');
    let e = applyAll(d, [{ type: 'board.patch', id: 'b1', patch: { layout: grown.layout } }]);
    e = applyAll(e, ops(editBlockOps(e, { boardId: 'b1', blockId: 'value', patch: { row: 4, rowSpan: 1, col: 1, colSpan: 2 } })));
    e = applyAll(
      e,
      ops(editBlockOps(e, { boardId: 'b1', blockId: 'value', patch: { label_th: 'คุณค่าของเรา', questions_th: ['ทำไมลูกค้าเลือกเรา?'] } })),
    );
    expect(e.notes.n1).toEqual(d.notes.n1);
    expect(allPlaced(e)).toBe(true);
    expect(b1(e).layout.blocks.find((b) => b.id === 'value')).toMatchObject({
      label_th: 'คุณค่าของเรา',
      row: 4,
      questions_th: ['ทำไมลูกค้าเลือกเรา?'],
    });
  });
});
