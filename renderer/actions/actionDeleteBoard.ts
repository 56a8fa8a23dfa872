import { deleteBoardOps } from '../../shared/edits/boards';
import { docOf, hasDoc, type Action } from './Action';

/** Deletes a board with its notes and rows, as one undo step. */
export const actionDeleteBoard: Action<{ boardId: string }, boolean> = {
  name: 'board.delete',
  label: 'deleteBoard',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(deleteBoardOps(docOf(store), args)),
};
