import { duplicateNotesOps } from '../canvas/noteOps';
import { onBoard, type Action } from './Action';

export const actionDuplicate: Action = {
  name: 'duplicate',
  label: 'duplicate',
  shortcuts: [{ key: 'd', mod: true }],
  enabled: (store) => onBoard(store) && store.getState().selectedNoteIds.length > 0,
  perform(store) {
    const s = store.getState();
    if (!s.doc) return;
    const { ops, newIds } = duplicateNotesOps(s.doc, s.selectedNoteIds);
    if (s.commit(ops)) s.select(newIds);
  },
};
