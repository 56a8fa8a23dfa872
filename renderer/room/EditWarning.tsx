import { createPortal } from 'react-dom';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { ConfirmDialog } from '../components/Dialog';

/** Asks before opening a note that someone else in the room has open in their editor. */
export function EditWarning() {
  const store = useAppStore();
  const t = useT();
  const warning = useApp((s) => s.editWarning);
  if (!warning) return null;
  return createPortal(
    <ConfirmDialog
      message={t('roomEditWarning', { names: warning.names.join(', ') })}
      confirmLabel={t('roomEditAnyway')}
      cancelLabel={t('cancel')}
      onCancel={() => store.setState({ editWarning: null })}
      onConfirm={() => store.getState().startEditing(warning.noteId, null, { force: true })}
    />,
    document.body,
  );
}
