import type { MessageKey } from '../i18n';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops/Op';
import type { Refusal } from './protocol';
import { refusal } from './refusal';

/** Op types a participant never sends, and the words for why. Everything else is a note or cell edit. */
const FACILITATOR_ONLY: Partial<Record<Op['type'], MessageKey>> = {
  'board.add': 'roomRules.boards',
  'board.patch': 'roomRules.boards',
  'board.remove': 'roomRules.boards',
  'step.add': 'roomRules.steps',
  'step.patch': 'roomRules.steps',
  'step.remove': 'roomRules.steps',
  'workshop.patch': 'roomRules.workshop',
  'row.patch': 'roomRules.rowEdit',
  'row.remove': 'roomRules.rowEdit',
};

/**
 * Whether a participant may send this batch against the document as the host has it: only
 * note.add / note.patch / note.remove, row.add and row.cell, and only on boards the facilitator has
 * not locked. Null when it may; otherwise the refusal naming the first thing refused. An op naming
 * a record that does not exist passes here: applying it refuses it with its own message.
 */
export function participantRefusal(doc: WorkshopDoc, ops: readonly Op[], locked: ReadonlySet<string>): Refusal | null {
  // Notes and rows the batch itself adds, so a later op on them finds their board.
  const addedOn = new Map<string, string>();
  for (const op of ops) {
    const key = FACILITATOR_ONLY[op.type];
    if (key) return refusal(key);
    const boardId = boardOf(doc, op, addedOn);
    if (boardId !== undefined && locked.has(boardId)) {
      return refusal('roomRules.locked', { board: doc.boards[boardId]?.title ?? boardId });
    }
  }
  return null;
}

function boardOf(doc: WorkshopDoc, op: Op, addedOn: Map<string, string>): string | undefined {
  switch (op.type) {
    case 'note.add':
    case 'row.add':
      addedOn.set(op.value.id, op.value.boardId);
      return op.value.boardId;
    case 'note.patch':
    case 'note.remove':
      return doc.notes[op.id]?.boardId ?? addedOn.get(op.id);
    case 'row.cell':
      return doc.rows[op.id]?.boardId ?? addedOn.get(op.id);
    default:
      return undefined;
  }
}
