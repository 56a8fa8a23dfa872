import { useRef, useState } from 'react';
import type { ExportFormat } from '../../shared/contract/dataExport';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { exportData } from '../host/exportData';

/**
 * "ส่งออกข้อมูล ▾" beside a board's tools: the board (a table's rows, or a canvas's notes) as an
 * Excel workbook or a CSV file, made by the host from what is saved.
 */
export function ExportDataMenu({ boardId }: { boardId: string }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);

  const run = async (format: ExportFormat) => {
    menu.current?.removeAttribute('open');
    const s = store.getState();
    const workshopId = s.doc?.workshop.id;
    if (!workshopId) return;
    setBusy(true);
    try {
      await store.saves.flush(); // export what is on screen: everything queued is stored first
      const result = await exportData(store.host, { workshopId, boardId, format, lang });
      if (result.saved) s.showToast(t('exportDone', { name: result.path ?? result.fileName }));
    } catch (e) {
      s.showToast(t('exportFailed', { message: (e as Error).message }), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="menu" ref={menu} data-testid="export-data">
      <summary aria-disabled={busy}>{t('exportData')} ▾</summary>
      <div className="menu-items" role="menu">
        <button role="menuitem" data-testid="export-xlsx" disabled={busy} onClick={() => void run('xlsx')}>
          {t('exportXlsx')}
        </button>
        <button role="menuitem" data-testid="export-csv" disabled={busy} onClick={() => void run('csv')}>
          {t('exportCsv')}
        </button>
      </div>
    </details>
  );
}
