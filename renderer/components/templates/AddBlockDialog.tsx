import { useMemo, useState } from 'react';
import { LIMITS } from '../../../shared/model/limits';
import { say } from '../../../shared/i18n';
import { listMessage } from '../../../shared/i18n/issueMessage';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { Dialog } from '../Dialog';
import { addBlock, blankBlock, freeCells, maxSpan, withNewRow, type CanvasBoard } from './blockOps';

/**
 * Adds a block on a free area of the board's grid, stretched over as many free cells as asked.
 * A full grid gets one more row below, and the new block fills it.
 */
export function AddBlockDialog({ board, onClose }: { board: CanvasBoard; onClose(): void }) {
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
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
    const edit = cell
      ? addBlock(board, blankBlock(title, cell, Math.min(colSpan, room.cols), Math.min(rowSpan, room.rows)))
      : (() => {
          const grown = withNewRow(board.layout, title);
          return addBlock({ ...board, layout: grown.layout }, grown.block);
        })();
    if (!edit.ok) return setProblem(t('layoutProblem', { message: say(lang, listMessage(edit.problems)) }));
    if (store.getState().commit(edit.ops)) onClose();
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
            <select data-testid="free-cell" value={cellIndex} onChange={(e) => { setCellIndex(Number(e.target.value)); setColSpan(1); setRowSpan(1); }}>
              {cells.map((c, i) => <option key={`${c.col},${c.row}`} value={i}>{t('freeCell', { col: c.col, row: c.row })}</option>)}
            </select>
          </label>
        ) : (
          <p className="muted" data-testid="no-free-area">{t('noFreeArea')}</p>
        )}
        {cell && (
          <>
            <label>
              <span>{t('spanCols')}</span>
              <input type="number" min={1} max={room.cols} value={colSpan} onChange={(e) => setColSpan(Math.max(1, Math.min(room.cols, Number(e.target.value) || 1)))} />
            </label>
            <label>
              <span>{t('spanRows')}</span>
              <input type="number" min={1} max={room.rows} value={rowSpan} onChange={(e) => setRowSpan(Math.max(1, Math.min(room.rows, Number(e.target.value) || 1)))} />
            </label>
          </>
        )}
        {problem && <p className="form-error" role="alert">{problem}</p>}
      </div>
      <div className="dialog-buttons">
        <button onClick={onClose}>{t('cancel')}</button>
        <button className="primary" data-testid="add-block-submit" disabled={label.trim() === ''} onClick={create}>{t('create')}</button>
      </div>
    </Dialog>
  );
}
