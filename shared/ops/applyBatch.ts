import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { AfterBatch } from './checkLimits';
import { DocDraft, type Changes, type Collection } from './DocDraft';
import type { Op } from './Op';
import { OpError } from './OpError';
import { boardSpec } from './entities/board';
import type { EntityKind, EntitySpec, RecordIn } from './entities/EntitySpec';
import { noteSpec } from './entities/note';
import { previousValues } from './entities/previousValues';
import { rowSpec } from './entities/row';
import { applyRowCell } from './entities/rowCell';
import { stepSpec } from './entities/step';
import { applyWorkshopPatch } from './entities/workshop';

/** One table of records: how each kind is checked. Add, patch, remove and their inverses are shared. */
const ENTITIES: { [K in EntityKind]: EntitySpec<Collection> } = {
  board: boardSpec as EntitySpec<Collection>,
  note: noteSpec as EntitySpec<Collection>,
  row: rowSpec as EntitySpec<Collection>,
  step: stepSpec as EntitySpec<Collection>,
};

export interface Applied {
  doc: WorkshopDoc;
  /** The ops that undo the batch, in the order to apply them. */
  inverse: Op[];
  /** The records the batch wrote or deleted. */
  changes: Changes;
}

/**
 * Applies a batch in order, producing its inverse as it goes. All or nothing: on failure the
 * OpError names the op's index and the input document is untouched. The input is never mutated,
 * unless `inPlace` is asked for by a caller that owns it (the host's cached document): then its
 * collections take the batch's changes once every op has passed.
 */
export function applyBatch(
  doc: WorkshopDoc,
  ops: readonly Op[],
  opts: {
    inPlace?: boolean;
    /** Checks the whole batch once every op has applied, before anything is written; may throw OpError. */
    verify?(after: AfterBatch): void;
  } = {},
): Applied {
  const draft = new DocDraft(doc);
  const inverse: Op[] = [];
  for (let i = 0; i < ops.length; i++) {
    try {
      inverse.push(applyOne(draft, ops[i]!));
    } catch (e) {
      throw e instanceof OpError ? e.at(i) : e;
    }
  }
  opts.verify?.({ note: (id) => draft.get('notes', id), board: (id) => draft.get('boards', id) });
  const changes = draft.changes;
  return { doc: opts.inPlace ? draft.finishInPlace() : draft.finish(), inverse: inverse.reverse(), changes };
}

/** Applies one op to the draft and returns the op that undoes it. */
function applyOne(d: DocDraft, op: Op): Op {
  if (op.type === 'workshop.patch') return applyWorkshopPatch(d, op);
  if (op.type === 'row.cell') return applyRowCell(d, op);
  const dot = op.type.indexOf('.');
  const kind = op.type.slice(0, dot) as EntityKind;
  const spec = ENTITIES[kind];
  const c = spec.collection;
  if ('value' in op) {
    const value = op.value as RecordIn<Collection>;
    if (d.get(c, value.id)) throw new OpError('opExists', { kind, id: value.id });
    spec.check?.(d, value, undefined);
    d.put(c, value.id, value);
    return { type: `${kind}.remove`, id: value.id } as Op;
  }
  const current = d.get(c, op.id);
  if (!current) throw new OpError('opMissing', { kind, id: op.id });
  if ('patch' in op) {
    const next = { ...current, ...op.patch } as RecordIn<Collection>;
    spec.check?.(d, next, current);
    d.put(c, op.id, next);
    return { type: op.type, id: op.id, patch: previousValues(current, op.patch) } as Op;
  }
  spec.checkRemove?.(d, current);
  d.delete(c, op.id);
  return { type: `${kind}.add`, value: current } as Op;
}

/** Applies one op and returns the new document. */
export const apply = (doc: WorkshopDoc, op: Op): WorkshopDoc => applyBatch(doc, [op]).doc;

/** Applies a batch in order and returns the new document. */
export const applyAll = (doc: WorkshopDoc, ops: readonly Op[]): WorkshopDoc => applyBatch(doc, ops).doc;

/** The op that undoes `op` on `doc`: apply(apply(doc, op), invert(doc, op)) equals doc. */
export const invert = (doc: WorkshopDoc, op: Op): Op => applyBatch(doc, [op]).inverse[0]!;

/** The ops that undo a batch on `doc`, in the order to apply them. */
export const invertAll = (doc: WorkshopDoc, ops: readonly Op[]): Op[] => applyBatch(doc, ops).inverse;
