import type { Board } from './Board';
import type { Note } from './Note';
import type { Row } from './Row';
import type { StepState } from './StepState';
import type { Workshop } from './Workshop';

/**
 * Everything that belongs to one workshop: what the editor holds and what ops change.
 * Collections are keyed by id; order lives in each record's own field.
 */
export interface WorkshopDoc {
  workshop: Workshop;
  boards: Record<string, Board>;
  notes: Record<string, Note>;
  rows: Record<string, Row>;
  steps: Record<string, StepState>;
}

/** The collections ops add to, remove from and patch. */
export type EntityKind = 'board' | 'note' | 'row' | 'step';
export const COLLECTION_OF = { board: 'boards', note: 'notes', row: 'rows', step: 'steps' } as const;
export type EntityOf = { board: Board; note: Note; row: Row; step: StepState };
