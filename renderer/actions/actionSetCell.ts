import { setCellOps } from '../../shared/edits/rows';
import { docOf, hasDoc, type Action } from './Action';

export const actionSetCell: Action<{ rowId: string; columnId: string; value: string }, boolean> = {
  name: 'row.setCell',
  label: 'edit',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(setCellOps(docOf(store), args)),
};
