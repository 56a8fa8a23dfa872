import { LIMITS } from '../../model/limits';
import type { DocDraft } from '../DocDraft';
import type { Op, OpOf } from '../Op';
import { OpError } from '../OpError';

/**
 * Sets one cell of a row (null or '' empties it) and leaves the row's other cells as they are, so
 * two people typing in two cells of one row both keep their text: last writer wins per cell.
 * The inverse sets the cell back to what it held (null when it was empty).
 */
export function applyRowCell(d: DocDraft, op: OpOf<'row.cell'>): Op {
  const row = d.get('rows', op.id);
  if (!row) throw new OpError('opMissing', { kind: 'row', id: op.id });
  const before = Object.hasOwn(row.cells, op.columnId) ? row.cells[op.columnId]! : null;
  const cells = { ...row.cells };
  if (op.value === null || op.value === '') delete cells[op.columnId];
  else cells[op.columnId] = op.value;
  if (before === null && op.value && Object.keys(cells).length > LIMITS.cellsPerRow) {
    throw new OpError('opTooManyCells', { n: LIMITS.cellsPerRow });
  }
  d.put('rows', op.id, { ...row, cells });
  return { type: 'row.cell', id: op.id, columnId: op.columnId, value: before };
}
