import { useCallback, useEffect, useState } from 'react';
import type { RecoveryInfo } from '../../../shared/contract/backups';
import { useAppStore } from '../../app/StoreContext';

/**
 * Asks the host once at start whether it is waiting in recovery (its database was damaged or is
 * missing); screens that load data wait for the answer. `clear` is called once a backup has been restored or the person chose to start empty.
 */
export function useRecovery(): { checked: boolean; recovery: RecoveryInfo | null; clear(): void } {
  const store = useAppStore();
  const [recovery, setRecovery] = useState<RecoveryInfo | null>(null);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    let alive = true;
    const done = (r: RecoveryInfo | null) => {
      if (!alive) return;
      setRecovery(r);
      setChecked(true);
    };
    // An unreachable host is reported by the screens that load data.
    store.host['backups.status']({}).then(
      (s) => done(s.recovery),
      () => done(null),
    );
    return () => {
      alive = false;
    };
  }, [store]);
  const clear = useCallback(() => setRecovery(null), []);
  return { checked, recovery, clear };
}
