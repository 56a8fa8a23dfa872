import type { WorkshopDoc } from '../model/WorkshopDoc';
import { collectionOf } from './apply';
import type { Op } from './Op';
import { OpError } from './OpError';

/**
 * The op that undoes `op`, computed against the document as it was BEFORE `op` applied.
 * apply(apply(doc, op), invert(doc, op)) equals doc.
 */
export function invert(doc: WorkshopDoc, op: Op): Op {
  if (op.type === 'workshop.patch') {
    return { type: 'workshop.patch', patch: previous(doc.workshop, op.patch) };
  }
  const c = collectionOf(op.type)!;
  const kind = op.type.slice(0, op.type.indexOf('.'));
  if ('value' in op) return { type: `${kind}.remove`, id: op.value.id } as Op;
  const current = doc[c][op.id];
  if (current === undefined) throw new OpError(`${kind} "${op.id}" does not exist`);
  if (op.type.endsWith('.remove')) return { type: `${kind}.add`, value: current } as Op;
  return { type: op.type, id: op.id, patch: previous(current, (op as { patch: object }).patch) } as Op;
}

/** Inverts a batch: the inverse ops, in reverse order, each computed at its own point in the batch. */
export function invertAll(doc: WorkshopDoc, ops: readonly Op[], applyOne: (d: WorkshopDoc, o: Op) => WorkshopDoc): Op[] {
  const inverses: Op[] = [];
  let d = doc;
  for (const op of ops) {
    inverses.push(invert(d, op));
    d = applyOne(d, op);
  }
  return inverses.reverse();
}

function previous<T extends object>(current: T, patch: object): Partial<T> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) before[key] = (current as Record<string, unknown>)[key];
  return before as Partial<T>;
}
