import { newRowId, type BoardId } from '../../../shared/model/ids';
import type { Row } from '../../../shared/model/Row';
import type { WorkshopDoc } from '../../../shared/model/WorkshopDoc';
import type { Op } from '../../../shared/ops';

/** A table board's rows, top to bottom. */
export function rowsOf(doc: Pick<WorkshopDoc, 'rows'>, boardId: string): Row[] {
  return Object.values(doc.rows)
    .filter((r) => r.boardId === boardId)
    .sort((a, b) => a.order - b.order);
}

/** A new empty row at the end of the table. */
export function addRowOp(doc: WorkshopDoc, boardId: string, cells: Record<string, string> = {}): Op & { type: 'row.add' } {
  const rows = rowsOf(doc, boardId);
  const order = rows.length === 0 ? 1 : rows.at(-1)!.order + 1;
  return { type: 'row.add', value: { id: newRowId(), boardId: boardId as BoardId, order, cells } };
}

/**
 * Moves a row one place up (-1) or down (+1) by giving it an order between its new neighbours,
 * so a move is one row.patch whatever the table's size. Null when it is already at that end.
 */
export function moveRowOp(doc: WorkshopDoc, boardId: string, rowId: string, dir: -1 | 1): Op | null {
  const rows = rowsOf(doc, boardId);
  const i = rows.findIndex((r) => r.id === rowId);
  const j = i + dir;
  if (i < 0 || j < 0 || j >= rows.length) return null;
  const past = rows[j]!.order;
  const beyond = rows[j + dir]?.order;
  const order = beyond === undefined ? past + dir : (past + beyond) / 2;
  return { type: 'row.patch', id: rowId, patch: { order } };
}

/** Sets one cell; the whole cells record travels in the patch so the inverse restores it exactly. */
export function setCellOp(row: Row, columnId: string, value: string): Op | null {
  if ((row.cells[columnId] ?? '') === value) return null;
  const cells = { ...row.cells };
  if (value === '') delete cells[columnId];
  else cells[columnId] = value;
  return { type: 'row.patch', id: row.id, patch: { cells } };
}
