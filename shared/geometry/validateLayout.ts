import type { CanvasLayout, Layout, TableLayout } from '../model/Template';

/**
 * Problems a person can fix, in plain words; empty when the layout is sound.
 * Schemas check shapes; this checks the things schemas cannot: ids that repeat,
 * blocks off the grid, blocks on top of each other.
 */
export function validateLayout(layout: Layout): string[] {
  return layout.kind === 'canvas' ? validateCanvas(layout) : validateTable(layout);
}

function validateCanvas({ grid, blocks }: CanvasLayout): string[] {
  const problems: string[] = [];
  const rows = grid.rowHeights.length;
  const owner: (string | undefined)[][] = Array.from({ length: rows }, () => Array<string | undefined>(grid.cols));
  const seen = new Set<string>();
  for (const b of blocks) {
    if (seen.has(b.id)) problems.push(`block id "${b.id}" is used twice`);
    seen.add(b.id);
    const lastCol = b.col + b.colSpan - 1;
    const lastRow = b.row + b.rowSpan - 1;
    if (lastCol > grid.cols || lastRow > rows) {
      problems.push(`block "${b.id}" lies off the ${grid.cols}×${rows} grid`);
      continue;
    }
    for (let r = b.row - 1; r < lastRow; r++) {
      for (let c = b.col - 1; c < lastCol; c++) {
        const cells = owner[r]!;
        const other = cells[c];
        if (other !== undefined && other !== b.id) {
          problems.push(`blocks "${other}" and "${b.id}" overlap`);
          r = lastRow; // one message per pair is enough
          break;
        }
        cells[c] = b.id;
      }
    }
  }
  return problems;
}

function validateTable({ columns }: TableLayout): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const c of columns) {
    if (seen.has(c.id)) problems.push(`column id "${c.id}" is used twice`);
    seen.add(c.id);
  }
  return problems;
}
