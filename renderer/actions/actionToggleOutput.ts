import { toggleOutputOps } from '../../shared/edits/steps';
import { docOf, hasDoc, type Action } from './Action';

export const actionToggleOutput: Action<{ stepId: string; outputId: string; on: boolean }, boolean> = {
  name: 'step.toggleOutput',
  label: 'outputs',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(toggleOutputOps(docOf(store), args)),
};
