import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../shared/i18n';
import type { Op } from '../../shared/ops';
import { participantRefusal } from '../../shared/room/participantRules';
import { board, docWithBoard, note, tableLayout } from '../helpers/fixtures';

function doc() {
  const d = docWithBoard();
  d.notes.n1 = note('n1');
  d.boards.t1 = { ...board('t1', tableLayout), title: 'แผนปฏิบัติการ' };
  d.rows.r1 = { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: {} };
  return d;
}
const none = new Set<string>();

describe('what a participant may send', () => {
  it('lets note and cell edits through, and row.add', () => {
    const ops: Op[] = [
      { type: 'note.add', value: note('n2') },
      { type: 'note.patch', id: 'n2', patch: { text: 'ผักอินทรีย์' } },
      { type: 'note.patch', id: 'n1', patch: { x: 40, color: 'green' } },
      { type: 'note.remove', id: 'n1' },
      { type: 'row.add', value: { id: 'r2' as never, boardId: 't1' as never, order: 2, cells: {} } },
      { type: 'row.cell', id: 'r2', columnId: 'what', value: 'อบรม' },
      { type: 'row.cell', id: 'r1', columnId: 'budget', value: '500' },
    ];
    expect(participantRefusal(doc(), ops, none)).toBeNull();
  });

  const refused: [Op, MessageKey][] = [
    [{ type: 'board.remove', id: 'b1' }, 'roomRules.boards'],
    [{ type: 'board.add', value: board('b9') }, 'roomRules.boards'],
    [{ type: 'board.patch', id: 'b1', patch: { title: 'x' } }, 'roomRules.boards'],
    [{ type: 'step.patch', id: 's1', patch: { status: 'done' } }, 'roomRules.steps'],
    [{ type: 'workshop.patch', patch: { name: 'อื่น' } }, 'roomRules.workshop'],
    [{ type: 'row.remove', id: 'r1' }, 'roomRules.rowEdit'],
    [{ type: 'row.patch', id: 'r1', patch: { order: 5 } }, 'roomRules.rowEdit'],
  ];
  for (const [op, key] of refused) {
    it(`refuses ${op.type}, naming it in both languages, even behind a permitted op`, () => {
      const r = participantRefusal(doc(), [{ type: 'note.patch', id: 'n1', patch: { x: 1 } }, op], none);
      expect(r?.key).toBe(key);
      expect(r?.message).toBe(translate('en', key, {}));
      expect(translate('th', key, {})).toMatch(/[\u0E00-\u0E7F]/);
    });
  }

  it('refuses any edit on a locked board, naming the board, and allows the others', () => {
    const locked = new Set(['b1']);
    const cases: Op[] = [
      { type: 'note.add', value: note('n2') },
      { type: 'note.patch', id: 'n1', patch: { text: 'x' } },
      { type: 'note.remove', id: 'n1' },
    ];
    for (const op of cases) {
      const r = participantRefusal(doc(), [op], locked);
      expect(r?.key, op.type).toBe('roomRules.locked');
      expect(r?.vars).toEqual({ board: 'กระดานทดสอบ' });
      expect(translate('th', 'roomRules.locked', r!.vars)).toContain('กระดานทดสอบ');
    }
    expect(participantRefusal(doc(), [{ type: 'row.cell', id: 'r1', columnId: 'what', value: 'x' }], locked)).toBeNull();
    const tableLocked = participantRefusal(doc(), [{ type: 'row.cell', id: 'r1', columnId: 'what', value: 'x' }], new Set(['t1']));
    expect(tableLocked?.vars).toEqual({ board: 'แผนปฏิบัติการ' });
  });
});
