import { emptyStepState, type StepPatch, type StepStatus } from '../model/StepState';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';
import { stepState } from '../process/stepQueries';

/**
 * The op that records a change to a step. A step's record is created on its first change, so a
 * fresh workshop stores nothing for the eleven steps until someone works on them. A patch names
 * only the fields that change: the patch schema has no defaults, so the others stay as stored.
 */
export function stepChangeOps(doc: WorkshopDoc, stepId: string, patch: StepPatch): Op[] {
  if (doc.steps[stepId]) return [{ type: 'step.patch', id: stepId, patch }];
  return [{ type: 'step.add', value: { ...emptyStepState(stepId), ...patch } }];
}

/** Ticks or unticks an output. Ticking the first output of an untouched step means work has begun. */
export function toggleOutputOps(doc: WorkshopDoc, a: { stepId: string; outputId: string; on: boolean }): Op[] {
  const st = stepState(doc, a.stepId);
  if (st.checked.includes(a.outputId) === a.on) return [];
  const checked = a.on ? [...st.checked, a.outputId] : st.checked.filter((id) => id !== a.outputId);
  const patch: StepPatch = { checked };
  if (a.on && st.status === 'todo') patch.status = 'doing';
  return stepChangeOps(doc, a.stepId, patch);
}

export function setStatusOps(doc: WorkshopDoc, a: { stepId: string; status: StepStatus }): Op[] {
  return stepState(doc, a.stepId).status === a.status ? [] : stepChangeOps(doc, a.stepId, { status: a.status });
}

/** Saving the facilitator's notes; nothing to do when they did not change. */
export function setNotesOps(doc: WorkshopDoc, a: { stepId: string; notes: string }): Op[] {
  return stepState(doc, a.stepId).notes === a.notes ? [] : stepChangeOps(doc, a.stepId, { notes: a.notes });
}
