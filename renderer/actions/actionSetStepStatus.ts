import { setStatusOps } from '../../shared/edits/steps';
import type { StepStatus } from '../../shared/model/StepState';
import { docOf, hasDoc, type Action } from './Action';

export const actionSetStepStatus: Action<{ stepId: string; status: StepStatus }, boolean> = {
  name: 'step.setStatus',
  label: 'stepStatus',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: ({ store, commit }, args) => commit(setStatusOps(docOf(store), args)),
};
