import { setNoteTextOps } from '../../shared/edits/notes';
import { docOf, hasDoc, type Action } from './Action';

export const actionSetNoteText: Action<{ noteId: string; text: string }, boolean> = {
  name: 'note.setText',
  label: 'edit',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(setNoteTextOps(docOf(store), args)),
};
