import { setNotesOps } from '../../shared/edits/steps';
import { docOf, hasDoc, type Action } from './Action';

export const actionSetStepNotes: Action<{ stepId: string; notes: string }, boolean> = {
  name: 'step.setNotes',
  label: 'facilitatorNotes',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(setNotesOps(docOf(store), args)),
};
