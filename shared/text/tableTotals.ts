import type { Row } from '../model/Row';
import type { ColumnDef } from '../model/Template';
import { columnTotal } from './cellFormat';

/** A column's footer: the sum of its numbers, or null for columns that are not summed (or hold none). */
export type ColumnTotals = (number | null)[];

export const isSummed = (c: ColumnDef): boolean => c.kind === 'baht' || c.kind === 'number';

/**
 * The totals row a table shows under its rows (รวม ฿21,000 …), one entry per column; null when the
 * table has no totals row (no numeric column, or no rows). Screen, print and spreadsheet export
 * all take it from here, so they cannot disagree.
 */
export function tableTotals(columns: readonly ColumnDef[], rows: readonly Row[]): ColumnTotals | null {
  if (rows.length === 0 || !columns.some(isSummed)) return null;
  // Summed in whole satang so 0.1 + 0.2 reads ฿0.30, not a float's tail.
  return columns.map((c) => {
    if (!isSummed(c)) return null;
    const total = columnTotal(rows.map((r) => r.cells[c.id] ?? ''));
    return total === null ? null : Math.round(total * 100) / 100;
  });
}
