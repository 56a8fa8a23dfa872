import { emptyStepState, type StepPatch, type StepState, type StepStatus } from '../../../shared/model/StepState';
import type { Board } from '../../../shared/model/Board';
import type { WorkshopDoc } from '../../../shared/model/WorkshopDoc';
import type { Op } from '../../../shared/ops';
import { allSteps, type Process, type StepDef } from '../../../shared/process/Process';

/** What a workshop has recorded for a step; a step nobody touched yet is "todo" with nothing ticked. */
export function stepState(doc: WorkshopDoc, stepId: string): StepState {
  return doc.steps[stepId] ?? emptyStepState(stepId);
}

/**
 * The op that records a change to a step. A step's record is created on its first change, so a
 * fresh workshop stores nothing for the eleven steps until someone works on them.
 * A patch always carries all three fields: the host parses patches with zod 4, which fills
 * `.default()`s into a `.partial()` schema, so a field left out would be reset to its default.
 */
export function stepChangeOps(doc: WorkshopDoc, stepId: string, patch: StepPatch): Op[] {
  const current = doc.steps[stepId];
  if (current) {
    const full = { status: current.status, checked: current.checked, notes: current.notes, ...patch };
    return [{ type: 'step.patch', id: stepId, patch: full }];
  }
  return [{ type: 'step.add', value: { ...emptyStepState(stepId), ...patch } }];
}

/** Ticks or unticks an output. Ticking the first output of an untouched step means work has begun. */
export function toggleOutputOps(doc: WorkshopDoc, stepId: string, outputId: string, on: boolean): Op[] {
  const st = stepState(doc, stepId);
  const checked = on ? [...new Set([...st.checked, outputId])] : st.checked.filter((id) => id !== outputId);
  const patch: StepPatch = { checked };
  if (on && st.status === 'todo') patch.status = 'doing';
  return stepChangeOps(doc, stepId, patch);
}

export function setStatusOps(doc: WorkshopDoc, stepId: string, status: StepStatus): Op[] {
  return stepState(doc, stepId).status === status ? [] : stepChangeOps(doc, stepId, { status });
}

/** Saving the facilitator's notes; nothing to do when they did not change. */
export function setNotesOps(doc: WorkshopDoc, stepId: string, notes: string): Op[] {
  return stepState(doc, stepId).notes === notes ? [] : stepChangeOps(doc, stepId, { notes });
}

/** "4 of 11": done steps of the process, counting only steps the process defines. */
export function progress(process: Process, doc: WorkshopDoc): { done: number; total: number } {
  const steps = allSteps(process);
  return { done: steps.filter((s) => doc.steps[s.id]?.status === 'done').length, total: steps.length };
}

/** The workshop's boards made from one worksheet template, in board order. */
export function boardsOfTemplate(doc: WorkshopDoc, templateId: string): Board[] {
  return Object.values(doc.boards)
    .filter((b) => b.templateId === templateId)
    .sort((a, b) => a.order - b.order);
}

/** The step whose worksheets include this board's template (the first, in process order). */
export function stepOfBoard(process: Process, board: Board): StepDef | undefined {
  return allSteps(process).find((s) => s.worksheets.includes(board.templateId));
}
