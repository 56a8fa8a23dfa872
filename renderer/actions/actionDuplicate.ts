import { addedIds, duplicateNotesOps } from '../../shared/edits/notes';
import { onBoard, type Action } from './Action';

export const actionDuplicate: Action = {
  name: 'note.duplicate',
  label: 'duplicate',
  shortcuts: [{ key: 'd', mod: true }],
  undoable: true,
  enabled: (store) => onBoard(store) && store.getState().selectedNoteIds.length > 0,
  perform({ store, commit }) {
    const s = store.getState();
    const ops = duplicateNotesOps(s.doc!, { ids: s.selectedNoteIds });
    if (commit(ops)) s.select(addedIds(ops));
  },
};
