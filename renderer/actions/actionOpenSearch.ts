import type { Action } from './Action';

/** Opens the search panel over the open workshop (Ctrl+F instead of the browser's own find). */
export const actionOpenSearch: Action = {
  name: 'search.open',
  label: 'search',
  shortcuts: [{ key: 'f', mod: true }],
  undoable: false,
  enabled: (store) => {
    const s = store.getState();
    return s.doc !== null && s.screen.kind === 'workshop' && s.editingNoteId === null && s.draft === null;
  },
  perform: ({ store }) => store.getState().setSearchOpen(true),
};
