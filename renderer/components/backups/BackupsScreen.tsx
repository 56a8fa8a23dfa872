import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, BackupProblem, RecoveryInfo } from '../../../shared/contract/backups';
import { formatThaiDateTime } from '../../../shared/i18n/formatDateTime';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { ConfirmDialog } from '../Dialog';
import { formatSize, reasonKey } from './backupLabels';
import { RecoveryNotice } from './RecoveryNotice';
import { RestoreWorkshopDialog } from './RestoreWorkshopDialog';

interface Listed {
  backups: BackupInfo[];
  problems: BackupProblem[];
  folder: string;
}

/**
 * สำรองข้อมูล / Backups: every backup with its date, size and counts; make one now, restore all,
 * or restore one workshop as a copy. In recovery it is the first screen, with the reason above.
 */
export function BackupsScreen({ recovery, onRecovered }: { recovery: RecoveryInfo | null; onRecovered(): void }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [data, setData] = useState<Listed | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | 'empty' | null>(null);
  const [picking, setPicking] = useState<BackupInfo | null>(null);
  const toast = (text: string, kind: 'info' | 'error' = 'info') => store.getState().showToast(text, kind);

  const reload = useCallback(async () => {
    try {
      setData(await store.host['backups.list']({}));
    } catch (e) {
      store.getState().showToast(t('loadFailed', { message: (e as Error).message }), 'error');
    }
  }, [store, t]);
  useEffect(() => void reload(), [reload]);

  /** Runs one host call with the buttons disabled; failures are shown, and the list is read again. */
  const run = async (what: () => Promise<void>, failKey: 'backupFailed' | 'restoreFailed') => {
    setBusy(true);
    try {
      await what();
    } catch (e) {
      toast(t(failKey, { message: (e as Error).message }), 'error');
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const backupNow = () =>
    run(async () => {
      const made = await store.host['backups.create']({});
      toast(t('backupMade', { workshops: made.workshops, notes: made.notes }));
      await reload();
    }, 'backupFailed');

  const restoreAll = (b: BackupInfo) =>
    run(async () => {
      const r = await store.host['backups.restore']({ name: b.name });
      toast(t('restoredAll', { date: formatThaiDateTime(b.at, lang), n: r.workshops }));
      finish();
    }, 'restoreFailed');

  const startEmpty = () =>
    run(async () => {
      await store.host['backups.startEmpty']({});
      finish();
    }, 'restoreFailed');

  /** Back to the workshop list, which reads what the host now holds. */
  const finish = () => {
    onRecovered();
    store.setState({ library: null }); // the restored database may use another template set
    store.getState().setScreen({ kind: 'list' });
  };

  return (
    <main className="workshop-list backups-screen" data-testid="backups-screen">
      <header className="list-header">
        <div>
          <h1>{t('backups')}</h1>
          <p className="muted">{t('backupsIntro')}</p>
          {data && <p className="muted small">{t('backupsFolder', { folder: data.folder })}</p>}
        </div>
        {!recovery && (
          <div className="header-actions">
            <button data-testid="backups-back" onClick={() => store.getState().setScreen({ kind: 'list' })}>
              ← {t('backToList')}
            </button>
            <button className="primary" data-testid="backup-now" disabled={busy} onClick={() => void backupNow()}>
              {busy ? t('backingUp') : t('backupNow')}
            </button>
          </div>
        )}
      </header>
      {recovery && <RecoveryNotice recovery={recovery} onStartEmpty={() => setConfirming('empty')} />}
      {data && data.problems.length > 0 && (
        <div className="backup-problems" role="alert" data-testid="backup-problems">
          {data.problems.map((p) => (
            <p key={p.name}>{t(p.deleted ? 'backupProblemDeleted' : 'backupProblemKept', { name: p.name, problem: p.problem })}</p>
          ))}
        </div>
      )}
      {data && data.backups.length === 0 && <p className="empty">{t('noBackups')}</p>}
      {data && data.backups.length > 0 && (
        <table className="backup-table">
          <thead>
            <tr>
              <th>{t('backupWhen')}</th>
              <th>{t('backupReason')}</th>
              <th className="num">{t('backupSize')}</th>
              <th className="num">{t('workshops')}</th>
              <th className="num">{t('backupNotes')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.backups.map((b) => (
              <tr key={b.name} data-testid="backup-row" data-name={b.name}>
                <td>{formatThaiDateTime(b.at, lang)}</td>
                <td>{t(reasonKey(b.reason))}</td>
                <td className="num">{formatSize(b.size)}</td>
                <td className="num" data-testid="backup-workshops">
                  {b.workshops}
                </td>
                <td className="num">{b.notes}</td>
                <td className="backup-actions">
                  <button data-testid="restore-all" disabled={busy} onClick={() => setConfirming(b)}>
                    {t('restoreAll')}
                  </button>
                  {!recovery && (
                    <button data-testid="restore-one" disabled={busy || b.workshops === 0} onClick={() => setPicking(b)}>
                      {t('restoreOne')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          message={
            confirming === 'empty' ? t('confirmStartEmpty') : t('confirmRestoreAll', { date: formatThaiDateTime(confirming.at, lang) })
          }
          confirmLabel={confirming === 'empty' ? t('startEmpty') : t('restoreAll')}
          cancelLabel={t('cancel')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const target = confirming;
            setConfirming(null);
            void (target === 'empty' ? startEmpty() : restoreAll(target));
          }}
        />
      )}
      {picking && (
        <RestoreWorkshopDialog
          backup={picking}
          onClose={() => setPicking(null)}
          onRestored={(w) => {
            setPicking(null);
            toast(t('restoredOne', { name: w.name }));
            store.getState().setScreen({ kind: 'list' });
          }}
        />
      )}
    </main>
  );
}
