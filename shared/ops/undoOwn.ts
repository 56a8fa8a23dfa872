import type { WorkshopDoc } from '../model/WorkshopDoc';
import { applyBatch } from './applyBatch';
import type { Op } from './Op';
import { OpError } from './OpError';

/** One of my batches as the undo stack keeps it. */
export interface OwnBatch {
  ops: readonly Op[];
  /** The ops that undid it on the document it was applied to, in the order to apply them. */
  inverse: readonly Op[];
}

type Fields = Map<string, unknown>;
/** What my batch left behind, per record ("note:n1", "workshop"): its fields, or null when it removed it. */
interface LeftBehind {
  fields: Map<string, Fields | null>;
  /** Records my batch added: their in-between values were never anyone else's, so they go or stay whole. */
  added: Set<string>;
}

const COLLECTION = { board: 'boards', note: 'notes', row: 'rows', step: 'steps' } as const;
type Kind = keyof typeof COLLECTION;

/**
 * The ops that undo one of my batches in a room where others edit too (last writer wins per field):
 * each field (a note's text, position, colour; one table cell) goes back only if it still holds
 * what my batch left there, so a field someone else has changed since keeps their change. A record
 * that is gone is skipped; a record my batch added is removed (and its in-between edits undone) only
 * if nobody changed it since, else it stays as it is. An
 * op that no longer applies (a block or board gone) is dropped, so what comes back always applies.
 * With nobody else writing this is the batch's full inverse.
 */
export function undoOwn(doc: WorkshopDoc, batch: OwnBatch): Op[] {
  const left = leftBehind(batch.ops);
  const ops: Op[] = [];
  for (const op of batch.inverse) {
    const kept = keepOf(doc, op, left);
    if (kept) ops.push(kept);
  }
  return dropWhatFails(doc, ops);
}

function keepOf(doc: WorkshopDoc, op: Op, left: LeftBehind): Op | null {
  if (op.type === 'workshop.patch') {
    const patch = unchangedFields(doc.workshop, op.patch, left.fields.get('workshop'));
    return patch ? { ...op, patch } : null;
  }
  const kind = op.type.slice(0, op.type.indexOf('.')) as Kind;
  const records = doc[COLLECTION[kind]] as Record<string, object>;
  if (op.type === 'row.cell') {
    const row = doc.rows[op.id];
    const mine = left.fields.get(`row:${op.id}`)?.get('cells') as Record<string, string> | undefined;
    if (!row || !mine) return null;
    if (left.added.has(`row:${op.id}`)) return unchangedSince(row, left.fields.get(`row:${op.id}`)) ? op : null;
    return same(row.cells[op.columnId] ?? null, mine[op.columnId] ?? null) ? op : null;
  }
  if ('patch' in op) {
    const current = Object.hasOwn(records, op.id) ? records[op.id]! : undefined;
    if (!current) return null;
    const key = `${kind}:${op.id}`;
    if (left.added.has(key)) return unchangedSince(current, left.fields.get(key)) ? op : null;
    const patch = unchangedFields(current, op.patch, left.fields.get(key));
    return patch ? ({ ...op, patch } as Op) : null;
  }
  if ('value' in op) {
    // Undoing my remove: bring the record back unless something with its id is there again.
    const id = op.value.id;
    return Object.hasOwn(records, id) ? null : op;
  }
  // Undoing my add: remove it only as I left it, so nobody's later edit of it is lost.
  const current = Object.hasOwn(records, op.id) ? records[op.id]! : undefined;
  return current && unchangedSince(current, left.fields.get(`${kind}:${op.id}`)) ? op : null;
}

/** Whether a record still holds every field as my batch left it. */
function unchangedSince(current: object, mine: Fields | null | undefined): boolean {
  if (!mine) return false;
  for (const [field, value] of mine) if (!same((current as Record<string, unknown>)[field] ?? null, value ?? null)) return false;
  return true;
}

/** The part of an inverse patch whose fields still hold what my batch left; null when none do. */
function unchangedFields(current: object, patch: object, mine: Fields | null | undefined): object | null {
  if (!mine) return null;
  const kept: Record<string, unknown> = {};
  let any = false;
  for (const [field, value] of Object.entries(patch)) {
    if (!mine.has(field)) continue;
    // A field that was absent is null in the inverse (see previousValues) and undefined on the record.
    if (!same((current as Record<string, unknown>)[field] ?? null, mine.get(field) ?? null)) continue;
    kept[field] = value;
    any = true;
  }
  return any ? kept : null;
}

/** Walks the batch forward, noting what each record's touched fields held when it was done. */
function leftBehind(ops: readonly Op[]): LeftBehind {
  const left: LeftBehind = { fields: new Map(), added: new Set() };
  const fieldsOf = (key: string): Fields => {
    let f = left.fields.get(key);
    if (!f) left.fields.set(key, (f = new Map()));
    return f;
  };
  for (const op of ops) {
    if (op.type === 'workshop.patch') {
      for (const [k, v] of Object.entries(op.patch)) fieldsOf('workshop').set(k, v);
      continue;
    }
    const kind = op.type.slice(0, op.type.indexOf('.'));
    if (op.type === 'row.cell') {
      const f = fieldsOf(`row:${op.id}`);
      const cells = { ...((f.get('cells') as Record<string, string> | undefined) ?? {}) };
      if (op.value === null || op.value === '') delete cells[op.columnId];
      else cells[op.columnId] = op.value;
      // Only the cells this batch wrote are compared (see keepOf), so a partial record is enough.
      f.set('cells', cells);
    } else if ('patch' in op) {
      const f = fieldsOf(`${kind}:${op.id}`);
      for (const [k, v] of Object.entries(op.patch)) f.set(k, v);
    } else if ('value' in op) {
      left.fields.set(`${kind}:${op.value.id}`, new Map(Object.entries(op.value)));
      left.added.add(`${kind}:${op.value.id}`);
    } else {
      left.fields.set(`${kind}:${op.id}`, null);
      left.added.delete(`${kind}:${op.id}`);
    }
  }
  return left;
}

/** Applies the ops in one pass; each op that fails is dropped and the rest tried again (bounded by their count). */
function dropWhatFails(doc: WorkshopDoc, ops: Op[]): Op[] {
  let rest = ops;
  for (let tries = 0; tries <= ops.length && rest.length > 0; tries++) {
    try {
      applyBatch(doc, rest);
      return rest;
    } catch (e) {
      if (!(e instanceof OpError) || e.index === undefined) throw e;
      rest = rest.filter((_, i) => i !== e.index);
    }
  }
  return rest;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
