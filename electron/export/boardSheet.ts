import { pick, translate, type Lang } from '../../shared/i18n';
import type { Board } from '../../shared/model/Board';
import type { ColumnKind } from '../../shared/model/Template';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { tableTotals } from '../../shared/text/tableTotals';

export interface SheetColumn {
  label: string;
  /** How the stored values of this column read and are typed; '#' is the row number. */
  kind: ColumnKind;
  /** Relative width, as the template gives it. */
  width: number;
}

/**
 * One board as rows and columns, in stored form (numbers as digits, dates ISO), before any file
 * format: what CSV and XLSX both write, so the two cannot disagree.
 */
export interface BoardSheet {
  title: string;
  columns: SheetColumn[];
  rows: string[][];
  /** The totals row the screen shows: the word in the first column, then a sum or null per column. */
  totals: { label: string; values: (number | null)[] } | null;
}

/** A table's rows as the screen lists them (with its # column and totals), or a canvas board's notes. */
export function boardSheet(doc: WorkshopDoc, board: Board, lang: Lang): BoardSheet {
  const number: SheetColumn = { label: '#', kind: 'number', width: 0.3 };
  if (board.layout.kind === 'table') {
    const columns = board.layout.columns;
    const rows = Object.values(doc.rows)
      .filter((r) => r.boardId === board.id)
      .sort((a, b) => a.order - b.order);
    const totals = tableTotals(columns, rows);
    return {
      title: board.title,
      columns: [number, ...columns.map((c) => ({ label: pick(lang, c.label_th, c.label_en), kind: c.kind, width: c.width }))],
      rows: rows.map((r, i) => [String(i + 1), ...columns.map((c) => r.cells[c.id] ?? '')]),
      totals: totals && { label: translate(lang, 'total'), values: [null, ...totals] },
    };
  }
  const blocks = board.layout.blocks;
  const rank = new Map(blocks.map((b, i) => [b.id as string, i]));
  const titleOf = new Map(blocks.map((b) => [b.id as string, pick(lang, b.label_th, b.label_en)]));
  // Block by block in the template's order, top to bottom inside each; the unplaced tray last.
  const notes = Object.values(doc.notes)
    .filter((n) => n.boardId === board.id)
    .sort((a, b) => place(a.blockId) - place(b.blockId) || a.y - b.y || a.x - b.x);
  function place(blockId: string | null): number {
    return blockId === null ? blocks.length : (rank.get(blockId) ?? blocks.length);
  }
  return {
    title: board.title,
    columns: [
      number,
      { label: translate(lang, 'exportBlock'), kind: 'text', width: 1.2 },
      { label: translate(lang, 'exportNoteText'), kind: 'text', width: 3 },
      { label: translate(lang, 'color'), kind: 'text', width: 0.6 },
    ],
    rows: notes.map((n, i) => [
      String(i + 1),
      n.blockId === null ? translate(lang, 'unplaced') : (titleOf.get(n.blockId) ?? n.blockId),
      n.text,
      translate(lang, `color_${n.color}`),
    ]),
    totals: null,
  };
}
