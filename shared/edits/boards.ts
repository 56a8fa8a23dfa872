import { newBoardId } from '../model/ids';
import type { Template } from '../model/Template';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';

/** A board made from a template, last in the list: the board gets its own copy of the layout to edit. */
export function addBoardOps(doc: WorkshopDoc, a: { template: Template; title: string; id?: string; now?: Date }): Op[] {
  const order = Math.max(0, ...Object.values(doc.boards).map((b) => b.order)) + 1;
  return [
    {
      type: 'board.add',
      value: {
        id: (a.id ?? newBoardId()) as ReturnType<typeof newBoardId>,
        templateId: a.template.id,
        title: a.title,
        layout: structuredClone(a.template.layout),
        order,
        createdAt: (a.now ?? new Date()).toISOString(),
      },
    },
  ];
}

/** Removes a board with its notes and rows, in one batch that undoes as one. */
export function deleteBoardOps(doc: WorkshopDoc, a: { boardId: string }): Op[] {
  if (!doc.boards[a.boardId]) return [];
  const notes: Op[] = Object.values(doc.notes)
    .filter((n) => n.boardId === a.boardId)
    .map((n) => ({ type: 'note.remove', id: n.id }));
  const rows: Op[] = Object.values(doc.rows)
    .filter((r) => r.boardId === a.boardId)
    .map((r) => ({ type: 'row.remove', id: r.id }));
  return [...notes, ...rows, { type: 'board.remove', id: a.boardId }];
}
