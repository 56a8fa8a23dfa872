import { useEffect } from 'react';
import { useApp, useAppStore } from '../app/StoreContext';
import { LostText } from './LostText';

export function Toast() {
  const store = useAppStore();
  const toast = useApp((s) => s.toast);
  useEffect(() => {
    if (!toast || toast.kind === 'error') return;
    const timer = setTimeout(() => store.setState({ toast: null }), 4000);
    return () => clearTimeout(timer);
  }, [toast, store]);
  if (!toast) return null;
  return (
    <div className={`toast ${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid="toast">
      <div>
        <span>{toast.text}</span>
        {toast.lostText && <LostText text={toast.lostText} />}
      </div>
      <button aria-label="close" onClick={() => store.setState({ toast: null })}>
        ×
      </button>
    </div>
  );
}
