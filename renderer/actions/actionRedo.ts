import type { Action } from './Action';

export const actionRedo: Action = {
  name: 'redo',
  label: 'redo',
  shortcuts: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  undoable: false,
  enabled: (store) => store.getState().future.length > 0 && store.getState().editingNoteId === null,
  perform: ({ store }) => store.getState().redo(),
};
