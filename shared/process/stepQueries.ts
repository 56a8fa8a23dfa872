import type { Board } from '../model/Board';
import { emptyStepState, type StepState } from '../model/StepState';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import { allSteps, type Process, type StepDef } from './Process';

/** What a workshop has recorded for a step; a step nobody touched yet is "todo" with nothing ticked. */
export function stepState(doc: WorkshopDoc, stepId: string): StepState {
  return doc.steps[stepId] ?? emptyStepState(stepId);
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
