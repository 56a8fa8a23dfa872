import { useEffect, useMemo, useRef } from 'react';
import { pick } from '../../../shared/i18n';
import type { Board } from '../../../shared/model/Board';
import type { TableLayout } from '../../../shared/model/Template';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { isEnabled, perform } from '../../actions/dispatcher';
import { displayText } from '../../../shared/text/cellFormat';
import { tableTotals } from '../../../shared/text/tableTotals';
import { rowsOf } from '../../../shared/edits/rows';
import { TableCell } from './TableCell';
import { ExportDataMenu } from '../ExportDataMenu';
import { roomReadOnly } from '../../store/roomSlice';

/** A table worksheet: rows of cells, added, deleted and reordered; every change one undoable commit. */
export function TableEditor({ board }: { board: Board & { layout: TableLayout } }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const allRows = useApp((s) => s.doc?.rows);
  useApp((s) => `${s.past.length}/${s.future.length}`); // undo/redo buttons follow history
  const rows = useMemo(() => (allRows ? rowsOf({ rows: allRows }, board.id) : []), [allRows, board.id]);
  const columns = board.layout.columns;
  // Pixel widths from the template's relative widths; the table scrolls sideways rather than squeeze Thai words.
  const widths = columns.map((c) => Math.max(120, Math.round(c.width * 140)));
  const tableWidth = 44 + 96 + widths.reduce((a, b) => a + b, 0);
  const totals = useMemo(() => tableTotals(columns, rows), [columns, rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const revealed = useApp((s) => s.revealed);
  // A room participant edits cells and adds rows; moving, deleting and exporting stay with the facilitator.
  const participant = useApp((s) => s.room?.role === 'participant');
  const readOnly = useApp((s) => roomReadOnly(s, board.id) !== null);

  // A search result in this table: bring its row into view, flash it, and put the cursor in its cell.
  useEffect(() => {
    const target = revealed?.target;
    if (!target || target.kind !== 'cell' || target.boardId !== board.id) return;
    const tr = scroller.current?.querySelector<HTMLTableRowElement>(`tr[data-row="${CSS.escape(target.rowId)}"]`);
    if (!tr) return;
    const col = columns.findIndex((c) => c.id === target.columnId);
    tr.scrollIntoView({ block: 'center', inline: 'nearest' });
    tr.classList.remove('revealed');
    void tr.offsetWidth; // restart the flash when the same row is found again
    tr.classList.add('revealed');
    tr.cells[col + 1]?.querySelector<HTMLElement>('input, textarea, select')?.focus({ preventScroll: true });
  }, [revealed, board.id, columns]);

  return (
    <div className="table-board" data-testid="table-board">
      <div className="toolbar" role="toolbar">
        <strong className="table-title">{board.title}</strong>
        <button
          className="primary"
          data-testid="add-row"
          disabled={readOnly}
          onClick={() => perform(store, 'row.add', { boardId: board.id })}
        >
          + {t('addRow')}
        </button>
        <span className="sep" />
        <button data-testid="tool-undo" disabled={!isEnabled(store, 'undo')} title={t('undo')} onClick={() => perform(store, 'undo')}>
          ↶<span className="tool-word"> {t('undo')}</span>
        </button>
        <button data-testid="tool-redo" disabled={!isEnabled(store, 'redo')} title={t('redo')} onClick={() => perform(store, 'redo')}>
          ↷<span className="tool-word"> {t('redo')}</span>
        </button>
        <span className="spacer" />
        <span className="muted">{t('rowsCount', { n: rows.length })}</span>
        {!participant && <ExportDataMenu boardId={board.id} />}
      </div>
      <div className="table-scroll" ref={scroller}>
        <table className="worksheet-table" style={{ width: tableWidth }}>
          <colgroup>
            <col style={{ width: 44 }} />
            {columns.map((c, i) => (
              <col key={c.id} style={{ width: widths[i] }} />
            ))}
            <col style={{ width: 96 }} />
          </colgroup>
          <thead>
            <tr>
              <th>#</th>
              {columns.map((c, ci) => (
                <th key={c.id} scope="col" className={ci === 0 ? 'first-col' : undefined}>
                  {pick(lang, c.label_th, c.label_en)}
                  {lang === 'th' && c.label_en && <small>{c.label_en}</small>}
                </th>
              ))}
              <th aria-hidden />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id} data-testid="table-row" data-row={row.id}>
                <td className="row-num">{i + 1}</td>
                {columns.map((c, ci) => (
                  <td key={c.id} className={ci === 0 ? 'first-col' : undefined}>
                    <TableCell
                      column={c}
                      lang={lang}
                      label={`${pick(lang, c.label_th, c.label_en)} ${i + 1}`}
                      value={row.cells[c.id] ?? ''}
                      readOnly={readOnly}
                      onCommit={(v) => perform(store, 'row.setCell', { rowId: row.id, columnId: c.id, value: v })}
                    />
                  </td>
                ))}
                <td className="row-tools">
                  {!participant && (
                    <>
                      <button
                        className="icon"
                        title={t('moveUp')}
                        aria-label={t('moveUp')}
                        data-testid="row-up"
                        disabled={i === 0}
                        onClick={() => perform(store, 'row.move', { boardId: board.id, rowId: row.id, dir: -1 })}
                      >
                        ↑
                      </button>
                      <button
                        className="icon"
                        title={t('moveDown')}
                        aria-label={t('moveDown')}
                        data-testid="row-down"
                        disabled={i === rows.length - 1}
                        onClick={() => perform(store, 'row.move', { boardId: board.id, rowId: row.id, dir: 1 })}
                      >
                        ↓
                      </button>
                      <button
                        className="icon danger"
                        title={t('deleteRow')}
                        aria-label={t('deleteRow')}
                        data-testid="row-delete"
                        onClick={() => perform(store, 'row.delete', { rowId: row.id })}
                      >
                        ×
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          {totals && (
            <tfoot>
              <tr>
                <td className="total">{t('total')}</td>
                {columns.map((c, i) => {
                  const total = totals[i] ?? null;
                  return (
                    <td
                      key={c.id}
                      className={i === 0 ? 'total first-col' : 'total'}
                      data-testid={total === null ? undefined : `total-${c.id}`}
                    >
                      {total !== null ? displayText(c.kind, String(total), lang) : ''}
                    </td>
                  );
                })}
                <td />
              </tr>
            </tfoot>
          )}
        </table>
        {rows.length === 0 && <p className="muted pad">{t('noRows')}</p>}
      </div>
    </div>
  );
}
