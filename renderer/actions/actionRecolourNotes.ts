import { recolourNotesOps } from '../../shared/edits/notes';
import type { NoteColor } from '../../shared/model/Note';
import type { Action } from './Action';

/** Picks the colour for new notes, and gives it to the selected notes. */
export const actionRecolourNotes: Action<{ color: NoteColor }, boolean> = {
  name: 'note.recolour',
  label: 'color',
  shortcuts: [],
  undoable: true,
  enabled: () => true,
  perform({ store, commit }, { color }) {
    const s = store.getState();
    s.setCurrentColor(color);
    return s.doc !== null && commit(recolourNotesOps(s.doc, { ids: s.selectedNoteIds, color }));
  },
};
