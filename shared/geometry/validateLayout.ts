import { translate, type Message } from '../i18n';
import type { CanvasLayout, Layout, TableLayout } from '../model/Template';

/**
 * Problems a person can fix, as messages; empty when the layout is sound.
 * Schemas check shapes; this checks the things schemas cannot: ids that repeat,
 * blocks off the grid, blocks on top of each other.
 */
export function layoutProblems(layout: Layout): Message[] {
  return layout.kind === 'canvas' ? validateCanvas(layout) : validateTable(layout);
}

/** The same problems in English words, for logs and records. */
export function validateLayout(layout: Layout): string[] {
  return layoutProblems(layout).map((m) => translate('en', m.key, m.vars));
}

function validateCanvas({ grid, blocks }: CanvasLayout): Message[] {
  const problems: Message[] = [];
  const rows = grid.rowHeights.length;
  const owner: (string | undefined)[][] = Array.from({ length: rows }, () => Array<string | undefined>(grid.cols));
  const seen = new Set<string>();
  for (const b of blocks) {
    if (seen.has(b.id)) problems.push({ key: 'layout.duplicateBlock', vars: { id: b.id } });
    seen.add(b.id);
    const lastCol = b.col + b.colSpan - 1;
    const lastRow = b.row + b.rowSpan - 1;
    if (lastCol > grid.cols || lastRow > rows) {
      problems.push({ key: 'layout.offGrid', vars: { id: b.id, cols: grid.cols, rows } });
      continue;
    }
    for (let r = b.row - 1; r < lastRow; r++) {
      for (let c = b.col - 1; c < lastCol; c++) {
        const cells = owner[r]!;
        const other = cells[c];
        if (other !== undefined && other !== b.id) {
          problems.push({ key: 'layout.overlap', vars: { a: other, b: b.id } });
          r = lastRow; // one message per pair is enough
          break;
        }
        cells[c] = b.id;
      }
    }
  }
  return problems;
}

function validateTable({ columns }: TableLayout): Message[] {
  const seen = new Set<string>();
  const problems: Message[] = [];
  for (const c of columns) {
    if (seen.has(c.id)) problems.push({ key: 'layout.duplicateColumn', vars: { id: c.id } });
    seen.add(c.id);
  }
  return problems;
}
