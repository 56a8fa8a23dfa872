import { moveNotesOps } from '../../shared/edits/notes';
import { docOf, hasDoc, type Action } from './Action';

/** Drops dragged notes (dx, dy board units away); each lands in the block under its centre. */
export const actionMoveNotes: Action<{ boardId: string; ids: readonly string[]; dx: number; dy: number }, boolean> = {
  name: 'note.move',
  label: 'edit',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(moveNotesOps(docOf(store), args)),
};
