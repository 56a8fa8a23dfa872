import { addRowOps } from '../../shared/edits/rows';
import { docOf, hasDoc, type Action } from './Action';

export const actionAddRow: Action<{ boardId: string }, boolean> = {
  name: 'row.add',
  label: 'addRow',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(addRowOps(docOf(store), args)),
};
