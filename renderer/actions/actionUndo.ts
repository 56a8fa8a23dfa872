import type { Action } from './Action';

export const actionUndo: Action = {
  name: 'undo',
  label: 'undo',
  shortcuts: [{ key: 'z', mod: true }],
  undoable: false,
  enabled: (store) => store.getState().past.length > 0 && store.getState().editingNoteId === null,
  perform: ({ store }) => store.getState().undo(),
};
