import type { EntityKind } from '../model/WorkshopDoc';
import type { Op } from './Op';

/** The record an op changes, so storage can write exactly that record. */
export type Touched = { kind: EntityKind; id: string } | { kind: 'workshop' };

export function touchedBy(op: Op): Touched {
  if (op.type === 'workshop.patch') return { kind: 'workshop' };
  const kind = op.type.slice(0, op.type.indexOf('.')) as EntityKind;
  return { kind, id: 'value' in op ? op.value.id : op.id };
}
