import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { apply, applyAll, applyBatch, describeOpError, invert, invertAll, opSchema, OpError, type Op } from '../../shared/ops';
import { board, docWithBoard, note, tableLayout, twoBlockLayout } from '../helpers/fixtures';

const base = () => {
  const d = docWithBoard();
  d.notes.n1 = note('n1');
  d.boards.t1 = board('t1', tableLayout);
  d.rows.r1 = { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: { what: 'อบรมบัญชี' } };
  d.steps.s1 = { id: 's1', status: 'doing', checked: [], notes: '' };
  return d;
};

/** One example of every op type, valid against base(). */
const EVERY_OP: Op[] = [
  { type: 'board.add', value: board('b2') },
  { type: 'board.patch', id: 'b1', patch: { title: 'ใหม่' } },
  { type: 'note.add', value: note('n2', { blockId: 'right', text: 'ผู้นำ 👩‍🌾 mixed English' }) },
  { type: 'note.patch', id: 'n1', patch: { blockId: 'right', x: 40, y: 50, color: 'green' } },
  { type: 'note.remove', id: 'n1' },
  { type: 'row.add', value: { id: 'r2' as never, boardId: 't1' as never, order: 2, cells: { budget: '1500' } } },
  { type: 'row.patch', id: 'r1', patch: { cells: { what: 'ศึกษาดูงาน' } } },
  { type: 'row.cell', id: 'r1', columnId: 'budget', value: '2,500' },
  { type: 'row.remove', id: 'r1' },
  { type: 'step.add', value: { id: 's2', status: 'todo', checked: [], notes: '' } },
  { type: 'step.patch', id: 's1', patch: { status: 'done', checked: ['s1_o1'] } },
  { type: 'step.remove', id: 's1' },
  { type: 'workshop.patch', patch: { name: 'ชื่อใหม่', province: 'ชุมพร' } },
];

describe('ops', () => {
  it('has an example here for every op type the schema knows', () => {
    // board.remove needs an empty board and has its own test below.
    const covered = new Set([...EVERY_OP.map((o) => o.type), 'board.remove']);
    const known = opSchema.options.map((o) => o.shape.type.value);
    expect([...covered].sort()).toEqual([...new Set(known)].sort());
  });

  for (const op of EVERY_OP) {
    it(`${op.type}: apply then apply(invert) gives back the document`, () => {
      const doc = base();
      const after = apply(doc, op);
      expect(after).not.toEqual(doc);
      expect(apply(after, invert(doc, op))).toEqual(doc);
      expect(opSchema.safeParse(JSON.parse(JSON.stringify(op))).success).toBe(true);
    });
  }

  it('board.remove round-trips for an empty board', () => {
    const doc = base();
    doc.boards.b3 = board('b3');
    const op: Op = { type: 'board.remove', id: 'b3' };
    expect(apply(apply(doc, op), invert(doc, op))).toEqual(doc);
  });

  it('does not mutate its input', () => {
    const doc = base();
    const frozen = JSON.stringify(doc);
    applyAll(doc, EVERY_OP);
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it('inverts a batch so that undo returns the starting document', () => {
    const doc = base();
    const batch: Op[] = [
      { type: 'note.add', value: note('n5') },
      { type: 'note.patch', id: 'n5', patch: { text: 'แก้ไข' } },
      { type: 'note.patch', id: 'n5', patch: { blockId: 'right' } },
      { type: 'note.remove', id: 'n1' },
    ];
    const after = applyAll(doc, batch);
    expect(applyAll(after, invertAll(doc, batch))).toEqual(doc);
  });

  it('refuses ops that do not fit, naming the problem and the op', () => {
    const doc = base();
    expect(() => apply(doc, { type: 'note.patch', id: 'nope', patch: { text: 'x' } })).toThrow(/does not exist/);
    expect(() => apply(doc, { type: 'note.add', value: note('n1') })).toThrow(/already exists/);
    expect(() => apply(doc, { type: 'note.patch', id: 'n1', patch: { blockId: 'ghost' } })).toThrow(/block "ghost"/);
    expect(() => apply(doc, { type: 'note.add', value: note('n9', { boardId: 't1' as never }) })).toThrow(/table/);
    expect(() => apply(doc, { type: 'board.remove', id: 'b1' })).toThrow(/still holds/);
    const shrunk = { ...twoBlockLayout, grid: { cols: 1, rowHeights: [1] }, blocks: [twoBlockLayout.blocks[1]!] };
    shrunk.blocks = [{ ...shrunk.blocks[0]!, col: 1 }];
    expect(() => apply(doc, { type: 'board.patch', id: 'b1', patch: { layout: shrunk } })).toThrow(/lose their block/);
    try {
      applyAll(doc, [
        { type: 'note.patch', id: 'n1', patch: { x: 1 } },
        { type: 'note.remove', id: 'zz' },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OpError);
      expect((e as OpError).index).toBe(1);
    }
  });

  it('schema rejects malformed ops with a reason', () => {
    const bad = [
      { type: 'note.patch', id: 'n1', patch: { text: 'x'.repeat(2001) } },
      { type: 'note.patch', id: 'n1', patch: { evil: true } },
      { type: 'note.add', value: { id: 'n1' } },
      { type: 'note.explode', id: 'n1' },
      { type: 'note.remove', id: '../../etc' },
      { type: 'note.patch', id: 'n1', patch: { x: Number.NaN } },
    ];
    for (const b of bad) expect(opSchema.safeParse(b).success, JSON.stringify(b).slice(0, 60)).toBe(false);
  });
});

describe('op schemas keep patches to what they name', () => {
  it('a note.patch of x alone does not gain default colour or size on its way through the host', () => {
    const parsed = opSchema.parse({ type: 'note.patch', id: 'n1', patch: { x: 5 } });
    expect(parsed).toEqual({ type: 'note.patch', id: 'n1', patch: { x: 5 } });
  });
  it('a step.patch of status alone keeps the ticked outputs and notes', () => {
    const parsed = opSchema.parse({ type: 'step.patch', id: 's1', patch: { status: 'done' } });
    expect(parsed).toEqual({ type: 'step.patch', id: 's1', patch: { status: 'done' } });
  });
  it('a workshop.patch of the name alone does not blank the other fields', () => {
    const parsed = opSchema.parse({ type: 'workshop.patch', patch: { name: 'ใหม่' } });
    expect(parsed).toEqual({ type: 'workshop.patch', patch: { name: 'ใหม่' } });
  });
});

describe('a batch applied once, with its inverse', () => {
  it('copies only the collections it touches and reports the records it changed', () => {
    const doc = base();
    const {
      doc: after,
      inverse,
      changes,
    } = applyBatch(doc, [
      { type: 'note.patch', id: 'n1', patch: { x: 99 } },
      { type: 'note.add', value: note('n2') },
      { type: 'note.remove', id: 'n2' },
    ]);
    expect(after.rows).toBe(doc.rows);
    expect(after.boards).toBe(doc.boards);
    expect(after.workshop).toBe(doc.workshop);
    expect(after.notes).not.toBe(doc.notes);
    expect([...changes.notes].sort()).toEqual(['n1', 'n2']);
    expect([changes.workshop, changes.boards.size, changes.rows.size]).toEqual([false, 0, 0]);
    expect(applyAll(after, inverse)).toEqual(doc);
  });

  it('keeps its notes-per-board count current within the batch', () => {
    const doc = base();
    doc.boards.b3 = board('b3');
    // Emptied in the same batch: the board may go.
    const emptied = applyAll(doc, [
      { type: 'note.remove', id: 'n1' },
      { type: 'board.remove', id: 'b1' },
    ]);
    expect(emptied.boards.b1).toBeUndefined();
    // Filled in the same batch: it may not.
    expect(() =>
      applyAll(doc, [
        { type: 'note.add', value: note('n7', { boardId: 'b3' as never }) },
        { type: 'board.remove', id: 'b3' },
      ]),
    ).toThrow(/still holds/);
    // Rows count too.
    expect(() => applyAll(doc, [{ type: 'board.remove', id: 't1' }])).toThrow(/still holds/);
  });

  it('a layout change counts stranded notes of that board only', () => {
    const doc = base();
    doc.boards.b3 = board('b3');
    doc.notes.n8 = note('n8', { boardId: 'b3' as never, blockId: 'left' });
    doc.notes.n9 = note('n9', { boardId: 'b3' as never, blockId: 'right' });
    const onlyRight = { ...twoBlockLayout, blocks: [twoBlockLayout.blocks[1]!] };
    // b1 holds n1 in "left", b3 holds n8 there: each board counts its own.
    expect(() => apply(doc, { type: 'board.patch', id: 'b3', patch: { layout: onlyRight } })).toThrow(/^1 note\(s\)/);
    const moved = applyAll(doc, [
      { type: 'note.patch', id: 'n8', patch: { blockId: null } },
      { type: 'board.patch', id: 'b3', patch: { layout: onlyRight } },
    ]);
    expect(moved.boards.b3!.layout).toEqual(onlyRight);
  });
});

describe('op errors', () => {
  it('carry a dictionary key and values; the message is English, and the screen can say it in Thai', () => {
    try {
      applyAll(base(), [
        { type: 'note.patch', id: 'n1', patch: { x: 1 } },
        { type: 'note.patch', id: 'n1', patch: { blockId: 'ghost' } },
      ]);
      expect.unreachable();
    } catch (e) {
      const err = e as OpError;
      expect(err).toBeInstanceOf(OpError);
      expect([err.key, err.vars.block, err.index]).toEqual(['opNoBlock', 'ghost', 1]);
      expect(err.message).toBe(translate('en', 'opNoBlock', err.vars));
      const thai = describeOpError(err, 'th');
      expect(thai).toContain('ghost');
      expect(thai).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it('name the kind of record in the language asked for', () => {
    const err = new OpError('opMissing', { kind: 'note', id: 'n5' });
    expect(err.message).toBe('note "n5" does not exist');
    expect(describeOpError(err, 'th')).toContain(translate('th', 'opKind_note'));
  });
});

describe('a batch applied in place (the host, which owns its document)', () => {
  it('changes the given collections only once every op has passed', () => {
    const doc = base();
    const notes = doc.notes;
    expect(() =>
      applyBatch(
        doc,
        [
          { type: 'note.patch', id: 'n1', patch: { x: 5 } },
          { type: 'note.remove', id: 'ghost' },
        ],
        { inPlace: true },
      ),
    ).toThrow(OpError);
    expect(doc.notes.n1!.x).toBe(10);
    const { doc: after, inverse } = applyBatch(
      doc,
      [
        { type: 'note.patch', id: 'n1', patch: { x: 5 } },
        { type: 'note.add', value: note('n2') },
      ],
      { inPlace: true },
    );
    expect(after.notes).toBe(notes);
    expect([notes.n1!.x, Object.keys(notes).sort()]).toEqual([5, ['n1', 'n2']]);
    const back = applyAll(after, inverse);
    expect([back.notes.n1!.x, Object.keys(back.notes)]).toEqual([10, ['n1']]);
  });
});
