import { useState } from 'react';
import { translate } from '../../shared/i18n';
import { describeWorkshopImportRefusal } from '../../shared/i18n/workshopFileProblems';
import type { WorkshopSummary } from '../../shared/model/Workshop';
import { WORKSHOP_FILE_EXTENSION, workshopFileName } from '../../shared/workshopFile/workshopFile';
import { useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { exportWorkshopFile, importWorkshopFile } from '../host/workshopFile';

/** "Import workshop file" at the top of the list: the imported copy is a new workshop, named in a toast. */
export function ImportWorkshopFileButton({ onImported }: { onImported(workshopId: string): Promise<void> }) {
  const store = useAppStore();
  const t = useT();
  const [busy, setBusy] = useState(false);

  const run = async (file?: File) => {
    setBusy(true);
    const { showToast, lang } = store.getState();
    try {
      const result = await importWorkshopFile(store.host, file);
      if (result.imported) {
        await onImported(result.workshop.id);
        const parts = [translate(lang, 'wsfImported', { name: result.workshop.name })];
        if (result.templateSet.added) parts.push(translate(lang, 'wsfImportedSet', { set: result.templateSet.name }));
        showToast(parts.join(' · '), 'info');
      } else if ('problem' in result) {
        showToast(describeWorkshopImportRefusal(lang, result.problem), 'error');
      }
    } catch (e) {
      showToast(translate(lang, 'wsfImportFailed', { reason: (e as Error).message }), 'error');
    } finally {
      setBusy(false);
    }
  };

  if (window.cbmc) {
    return (
      <button data-testid="import-workshop" disabled={busy} onClick={() => void run()}>
        {t('wsfImport')}
      </button>
    );
  }
  return (
    <label className={`file-button${busy ? ' busy' : ''}`}>
      <input
        type="file"
        accept={`.${WORKSHOP_FILE_EXTENSION},application/json`}
        data-testid="import-workshop-file"
        disabled={busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void run(file);
        }}
      />
      <span>{t('wsfImport')}</span>
    </label>
  );
}

/** "Export workshop file (.cbmc)" on a workshop's card. */
export function ExportWorkshopFileButton({ workshop }: { workshop: WorkshopSummary }) {
  const store = useAppStore();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const { showToast, lang } = store.getState();
    try {
      const r = await exportWorkshopFile(store.host, workshop.id, workshopFileName(workshop.name));
      if (r.leftOut > 0) showToast(translate(lang, 'wsfExportedLeftOut', { name: workshop.name, n: r.leftOut }), 'error');
      else if (r.saved) showToast(translate(lang, 'wsfExported', { name: workshop.name, file: r.fileName }), 'info');
    } catch (e) {
      showToast(translate(lang, 'wsfExportFailed', { message: (e as Error).message }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button data-testid="export-workshop" disabled={busy} onClick={() => void run()}>
      {t('wsfExport')}
    </button>
  );
}
