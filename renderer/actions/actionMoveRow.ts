import { moveRowOps } from '../../shared/edits/rows';
import { docOf, hasDoc, type Action } from './Action';

export const actionMoveRow: Action<{ boardId: string; rowId: string; dir: -1 | 1 }, boolean> = {
  name: 'row.move',
  label: 'moveUp',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(moveRowOps(docOf(store), args)),
};
