import { useMemo, useState } from 'react';
import { LIMITS } from '../../../shared/model/limits';
import { useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { Dialog } from '../Dialog';
import type { CanvasBoard } from '../../../shared/edits/blocks';
import { freeCells, maxSpan } from '../../../shared/geometry/gridCells';
import { perform } from '../../actions/dispatcher';

/**
 * Adds a block on a free area of the board's grid, stretched over as many free cells as asked.
 * A full grid gets one more row below, and the new block fills it.
 */
export function AddBlockDialog({ board, onClose }: { board: CanvasBoard; onClose(): void }) {
  const store = useAppStore();
  const t = useT();
  const cells = useMemo(() => freeCells(board.layout), [board.layout]);
  const [cellIndex, setCellIndex] = useState(0);
  const cell = cells[cellIndex];
  const room = cell ? maxSpan(board.layout, cell) : { cols: 0, rows: 0 };
  const [colSpan, setColSpan] = useState(1);
  const [rowSpan, setRowSpan] = useState(1);
  const [label, setLabel] = useState(t('newBlock'));
  const [problem, setProblem] = useState<string | null>(null);

  const create = () => {
    const title = label.trim();
    const done = perform(
      store,
      'block.add',
      cell
        ? { boardId: board.id, label_th: title, at: cell, colSpan: Math.min(colSpan, room.cols), rowSpan: Math.min(rowSpan, room.rows) }
        : { boardId: board.id, label_th: title, at: null },
    );
    if (done?.ok) onClose();
    else if (done && done.problems.length > 0)
      setProblem(t('layoutProblem', { message: done.problems.map((m) => t(m.key, m.vars)).join('; ') }));
  };

  return (
    <Dialog title={t('addBlock')} onClose={onClose} testId="add-block-dialog">
      <div className="form-grid">
        <label>
          <span>{t('blockTitleTh')}</span>
          <input data-testid="new-block-label" value={label} maxLength={LIMITS.title} onChange={(e) => setLabel(e.target.value)} />
        </label>
        {cell ? (
          <label>
            <span>{t('freeArea')}</span>
            <select
              data-testid="free-cell"
              value={cellIndex}
              onChange={(e) => {
                setCellIndex(Number(e.target.value));
                setColSpan(1);
                setRowSpan(1);
              }}
            >
              {cells.map((c, i) => (
                <option key={`${c.col},${c.row}`} value={i}>
                  {t('freeCell', { col: c.col, row: c.row })}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="muted" data-testid="no-free-area">
            {t('noFreeArea')}
          </p>
        )}
        {cell && (
          <>
            <label>
              <span>{t('spanCols')}</span>
              <input
                type="number"
                min={1}
                max={room.cols}
                value={colSpan}
                onChange={(e) => setColSpan(Math.max(1, Math.min(room.cols, Number(e.target.value) || 1)))}
              />
            </label>
            <label>
              <span>{t('spanRows')}</span>
              <input
                type="number"
                min={1}
                max={room.rows}
                value={rowSpan}
                onChange={(e) => setRowSpan(Math.max(1, Math.min(room.rows, Number(e.target.value) || 1)))}
              />
            </label>
          </>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="dialog-buttons">
        <button onClick={onClose}>{t('cancel')}</button>
        <button className="primary" data-testid="add-block-submit" disabled={label.trim() === ''} onClick={create}>
          {t('create')}
        </button>
      </div>
    </Dialog>
  );
}
