import { useEffect, useState } from 'react';
import type { BackupInfo, BackupWorkshop } from '../../../shared/contract/backups';
import { formatBuddhistDate } from '../../../shared/i18n';
import { formatThaiDateTime } from '../../../shared/i18n/formatDateTime';
import type { Workshop } from '../../../shared/model/Workshop';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { Dialog } from '../Dialog';

/** The workshops inside one backup; the one picked is added as a new copy. */
export function RestoreWorkshopDialog({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupInfo;
  onClose(): void;
  onRestored(w: Workshop): void;
}) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [list, setList] = useState<BackupWorkshop[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    store.host['backups.workshops']({ name: backup.name }).then(setList, (e: Error) => {
      store.getState().showToast(t('restoreFailed', { message: e.message }), 'error');
      onClose();
    });
  }, [store, backup.name]); // eslint-disable-line react-hooks/exhaustive-deps

  const restore = async (w: BackupWorkshop) => {
    setBusy(true);
    try {
      onRestored(await store.host['backups.restoreWorkshop']({ name: backup.name, workshopId: w.id as never, lang }));
    } catch (e) {
      store.getState().showToast(t('restoreFailed', { message: (e as Error).message }), 'error');
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('chooseWorkshopTitle', { date: formatThaiDateTime(backup.at, lang) })}
      onClose={onClose}
      testId="restore-workshop-dialog"
    >
      <p className="muted">{t('restoreOneHint')}</p>
      <ul className="backup-workshops">
        {list?.map((w) => (
          <li key={w.id} data-testid="backup-workshop">
            <span>
              <strong>{w.name}</strong>
              <span className="muted">
                {' '}
                · {formatBuddhistDate(w.date, lang)} · {t('notesCount', { n: w.noteCount })}
              </span>
            </span>
            <button type="button" data-testid="restore-copy" disabled={busy} onClick={() => void restore(w)}>
              {t('restoreAsCopy')}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}
