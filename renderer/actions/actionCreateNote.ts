import { addedIds, addNoteOps } from '../../shared/edits/notes';
import type { DraftNote } from '../store/types';
import { docOf, hasDoc, type Action } from './Action';

/** Makes the note that was being typed (a draft) and selects it. */
export const actionCreateNote: Action<{ draft: DraftNote; text: string }, boolean> = {
  name: 'note.create',
  label: 'addNote',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform({ store, commit }, { draft, text }) {
    const ops = addNoteOps(docOf(store), { ...draft, text });
    const ok = commit(ops);
    if (ok) store.getState().select(addedIds(ops));
    return ok;
  },
};
