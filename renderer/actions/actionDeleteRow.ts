import { deleteRowOps } from '../../shared/edits/rows';
import { docOf, hasDoc, type Action } from './Action';

export const actionDeleteRow: Action<{ rowId: string }, boolean> = {
  name: 'row.delete',
  label: 'deleteRow',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(deleteRowOps(docOf(store), args)),
};
