import type { Grid } from '../../../shared/model/Template';
import { useT } from '../../app/useT';

export interface Placement {
  col: number;
  row: number;
  colSpan: number;
  rowSpan: number;
}

/** Where a block sits on the template grid and how many cells it spans (checked on save). */
export function PlacementFields({ grid, value, onChange }: { grid: Grid; value: Placement; onChange(p: Placement): void }) {
  const t = useT();
  const rows = grid.rowHeights.length;
  const field = (key: keyof Placement, label: string, max: number) => (
    <label className="placement-field">
      <span>{label}</span>
      <input
        type="number"
        min={1}
        max={max}
        data-testid={`block-${key}`}
        value={value[key]}
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (Number.isFinite(n) && n >= 1) onChange({ ...value, [key]: Math.min(n, max) });
        }}
      />
    </label>
  );
  return (
    <div className="placement">
      {field('col', t('gridCol'), grid.cols)}
      {field('row', t('gridRow'), rows)}
      {field('colSpan', t('spanCols'), grid.cols)}
      {field('rowSpan', t('spanRows'), rows)}
    </div>
  );
}
