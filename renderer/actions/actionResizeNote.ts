import { resizeNoteOps } from '../../shared/edits/notes';
import type { Action } from './Action';

/** Gives a note a new size (dragged with its handle); kept within the note limits and its block. */
export const actionResizeNote: Action<{ noteId: string; w: number; h: number }, boolean> = {
  name: 'note.resize',
  label: 'resizeNote',
  shortcuts: [],
  undoable: true,
  enabled: (store) => store.getState().doc !== null,
  perform({ store, commit }, a) {
    const doc = store.getState().doc;
    return doc !== null && commit(resizeNoteOps(doc, a));
  },
};
