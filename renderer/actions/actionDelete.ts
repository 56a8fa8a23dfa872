import { deleteNotesOps } from '../canvas/noteOps';
import { onBoard, type Action } from './Action';

export const actionDelete: Action = {
  name: 'delete',
  label: 'delete',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  enabled: (store) => onBoard(store) && store.getState().selectedNoteIds.length > 0,
  perform(store) {
    const s = store.getState();
    if (s.commit(deleteNotesOps(s.selectedNoteIds))) s.select([]);
  },
};
