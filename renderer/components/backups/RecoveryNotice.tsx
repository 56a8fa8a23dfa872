import type { RecoveryInfo } from '../../../shared/contract/backups';
import { useT } from '../../app/useT';

/** Why the app did not open its database, what happened to the file, and the one way on besides a backup. */
export function RecoveryNotice({ recovery, onStartEmpty }: { recovery: RecoveryInfo; onStartEmpty(): void }) {
  const t = useT();
  const moved = recovery.movedTo.find((p) => p.endsWith('.sqlite')) ?? recovery.movedTo[0] ?? '';
  return (
    <section className="recovery-notice" role="alert" data-testid="recovery-notice">
      <h2>{t(recovery.kind === 'damaged' ? 'recoveryTitle' : 'recoveryMissingTitle')}</h2>
      <p>{recovery.kind === 'damaged' ? t('recoveryDamaged', { path: moved }) : t('recoveryMissing')}</p>
      <p className="muted small">{t('recoveryDetail', { reason: recovery.reason })}</p>
      <button type="button" data-testid="start-empty" onClick={onStartEmpty}>
        {t('startEmpty')}
      </button>
    </section>
  );
}
