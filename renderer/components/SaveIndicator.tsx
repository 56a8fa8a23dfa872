import { useApp } from '../app/StoreContext';
import { useT } from '../app/useT';

/** Tells the person whether what they see is on disk. */
export function SaveIndicator() {
  const t = useT();
  const state = useApp((s) => s.saveState);
  const text = state === 'saved' ? t('saved') : state === 'saving' ? t('saving') : t('saveFailed');
  return <span className={`save-state ${state}`} data-testid="save-state" data-state={state}>{state === 'saved' ? '✓ ' : ''}{text}</span>;
}
