import { deleteNotesOps } from '../../shared/edits/notes';
import { onBoard, type Action } from './Action';

export const actionDelete: Action = {
  name: 'note.delete',
  label: 'delete',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  undoable: true,
  enabled: (store) => onBoard(store) && store.getState().selectedNoteIds.length > 0,
  perform({ store, commit }) {
    const s = store.getState();
    if (commit(deleteNotesOps(s.doc!, { ids: s.selectedNoteIds }))) s.select([]);
  },
};
