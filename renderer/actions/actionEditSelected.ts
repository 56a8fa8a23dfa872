import { onBoard, type Action } from './Action';

/** Opens the one selected note for typing. */
export const actionEditSelected: Action = {
  name: 'editSelected',
  label: 'edit',
  shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
  undoable: false,
  enabled: (store) => onBoard(store) && store.getState().selectedNoteIds.length === 1,
  perform: ({ store }) => store.getState().startEditing(store.getState().selectedNoteIds[0]!),
};
