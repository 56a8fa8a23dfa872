import { newRowId, type BoardId } from '../model/ids';
import type { Row } from '../model/Row';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';

/** A table board's rows, top to bottom. */
export function rowsOf(doc: Pick<WorkshopDoc, 'rows'>, boardId: string): Row[] {
  return Object.values(doc.rows)
    .filter((r) => r.boardId === boardId)
    .sort((a, b) => a.order - b.order);
}

/** A new row at the end of the table. */
export function addRowOps(doc: WorkshopDoc, a: { boardId: string; cells?: Record<string, string>; id?: string }): Op[] {
  const rows = rowsOf(doc, a.boardId);
  const order = rows.length === 0 ? 1 : rows.at(-1)!.order + 1;
  return [
    { type: 'row.add', value: { id: (a.id ?? newRowId()) as Row['id'], boardId: a.boardId as BoardId, order, cells: a.cells ?? {} } },
  ];
}

/**
 * Moves a row one place up (-1) or down (+1) by giving it an order between its new neighbours,
 * so a move is one row.patch whatever the table's size. Nothing when it is already at that end.
 */
export function moveRowOps(doc: WorkshopDoc, a: { boardId: string; rowId: string; dir: -1 | 1 }): Op[] {
  const rows = rowsOf(doc, a.boardId);
  const i = rows.findIndex((r) => r.id === a.rowId);
  const j = i + a.dir;
  if (i < 0 || j < 0 || j >= rows.length) return [];
  const past = rows[j]!.order;
  const beyond = rows[j + a.dir]?.order;
  const order = beyond === undefined ? past + a.dir : (past + beyond) / 2;
  return [{ type: 'row.patch', id: a.rowId, patch: { order } }];
}

/** Sets one cell with a row.cell op: only that cell travels, so someone editing another cell of the row keeps theirs. */
export function setCellOps(doc: WorkshopDoc, a: { rowId: string; columnId: string; value: string }): Op[] {
  const row = doc.rows[a.rowId];
  if (!row || (row.cells[a.columnId] ?? '') === a.value) return [];
  return [{ type: 'row.cell', id: row.id, columnId: a.columnId, value: a.value === '' ? null : a.value }];
}

export function deleteRowOps(doc: WorkshopDoc, a: { rowId: string }): Op[] {
  return doc.rows[a.rowId] ? [{ type: 'row.remove', id: a.rowId }] : [];
}
