import type { WorkshopDoc } from '../../model/WorkshopDoc';
import type { Collection, DocDraft } from '../DocDraft';
import { OpError } from '../OpError';

export type EntityKind = 'board' | 'note' | 'row' | 'step';
export type RecordIn<C extends Collection> = WorkshopDoc[C][string];

/**
 * What one kind of record adds to the generic add / patch / remove: the rules a record must meet.
 * Applying and inverting are the same for every kind (see applyBatch.ts); only the checks differ.
 */
export interface EntitySpec<C extends Collection> {
  kind: EntityKind;
  collection: C;
  /** Checks a record about to be stored by an add (`before` undefined) or a patch. */
  check?(d: DocDraft, next: RecordIn<C>, before: RecordIn<C> | undefined): void;
  /** Checks that a stored record may go. */
  checkRemove?(d: DocDraft, current: RecordIn<C>): void;
}

/** The board a note or row names; it must exist in the draft. */
export function needBoard(d: DocDraft, id: string) {
  const board = d.get('boards', id);
  if (!board) throw new OpError('opMissing', { kind: 'board', id });
  return board;
}
