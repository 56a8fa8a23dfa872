import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';

/** Tells the person whether what they see is on disk: "saved" only when nothing waits to be sent. */
export function SaveIndicator() {
  const t = useT();
  const store = useAppStore();
  const state = useApp((s) => s.saveState);
  const text =
    state === 'saved' ? t('saved') : state === 'saving' ? t('saving') : state === 'retrying' ? t('saveRetrying') : t('saveFailed');
  const n = store.saves.pending;
  const hint = state === 'retrying' ? t('saveRetryingHint', { n }) : state === 'saving' ? t('savePendingHint', { n }) : undefined;
  return (
    <span className={`save-state ${state}`} data-testid="save-state" data-state={state} title={hint} role="status">
      {state === 'saved' ? '✓ ' : ''}
      {text}
    </span>
  );
}
