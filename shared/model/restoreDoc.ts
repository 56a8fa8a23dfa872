import { validateLayout } from '../geometry/validateLayout';
import { boardSchema, type Board } from './Board';
import { noteSchema, type Note } from './Note';
import type { RecordProblem, RecordType } from './recordMigrations';
import { restoreRecord, type RestoredRecord } from './restoreRecord';
import { LIMITS } from './limits';
import { rowSchema, type Row } from './Row';
import { stepStateSchema, type StepState } from './StepState';
import type { RawRecord } from './storedJson';
import { workshopSchema, type Workshop } from './Workshop';
import type { WorkshopDoc } from './WorkshopDoc';

/** Records as they come out of storage or a file: each with its version, its data possibly broken. */
export interface RawDoc {
  workshop: RawRecord;
  boards: RawRecord[];
  notes: RawRecord[];
  rows: RawRecord[];
  steps: RawRecord[];
}

/** A record that was left out of the opened document, and why. It stays stored as it was. */
export interface LeftOut {
  kind: RecordType;
  id: string;
  problem: RecordProblem;
}

export type Restored =
  | {
      ok: true;
      doc: WorkshopDoc;
      /** Records that could not be used; the person is told, the rest opens. */
      leftOut: LeftOut[];
      /** Repairs made on the way in (for the log): e.g. a note whose block is gone goes to the tray. */
      repairs: string[];
    }
  /** The workshop record itself is unusable: there is nothing to open. */
  | { ok: false; problem: RecordProblem };

export function restoreWorkshop(raw: RawRecord): RestoredRecord<Workshop> {
  return restoreRecord('workshop', workshopSchema, raw) as RestoredRecord<Workshop>;
}

/**
 * The one gate every stored or imported document passes: each record is migrated from its version,
 * validated with defaults filled, and keeps the fields this version does not know; references are
 * repaired. What cannot be understood is left out and listed — never the whole workshop for one
 * bad record, and never a newer record silently cut down to what this version knows.
 */
export function restoreDoc(raw: RawDoc): Restored {
  const workshop = restoreWorkshop(raw.workshop);
  if (!workshop.ok) return workshop;
  const leftOut: LeftOut[] = [];
  const repairs: string[] = [];

  const boards = keep('board', raw.boards, boardSchema, leftOut).filter((b) => {
    const issues = validateLayout(b.layout);
    if (issues.length > 0) leftOut.push({ kind: 'board', id: b.id, problem: { reason: 'invalid', detail: issues.join('; ') } });
    return issues.length === 0;
  }) as Board[];
  const boardById = new Map(boards.map((b) => [b.id as string, b]));
  const onBoard = <T extends { id: string; boardId: string }>(kind: RecordType, list: T[]): T[] =>
    list.filter((r) => {
      if (!boardById.has(r.boardId)) leftOut.push({ kind, id: r.id, problem: { reason: 'missingBoard', boardId: r.boardId } });
      return boardById.has(r.boardId);
    });

  const notes = onBoard(
    'note',
    keep(
      'note',
      raw.notes.map((n) => pullIntoRange(n, repairs)),
      noteSchema,
      leftOut,
    ) as Note[],
  );
  for (const n of notes) {
    const layout = boardById.get(n.boardId)!.layout;
    if (n.blockId !== null && (layout.kind !== 'canvas' || !layout.blocks.some((b) => b.id === n.blockId))) {
      repairs.push(`note "${n.id}" moved to the unplaced tray: its block "${n.blockId}" is gone`);
      n.blockId = null;
    }
  }
  const rows = onBoard('row', keep('row', raw.rows, rowSchema, leftOut) as Row[]);
  const steps = keep('step', raw.steps, stepStateSchema, leftOut) as StepState[];

  return {
    ok: true,
    doc: { workshop: workshop.record, boards: byId(boards), notes: byId(notes), rows: byId(rows), steps: byId(steps) },
    leftOut,
    repairs,
  };
}

/**
 * A note stored before positions were limited may sit absurdly far away (1e308): bring it back
 * within reach rather than leave its text out.
 */
function pullIntoRange(raw: RawRecord, repairs: string[]): RawRecord {
  if (!raw.json.ok || typeof raw.json.value !== 'object' || raw.json.value === null) return raw;
  const n = raw.json.value as Record<string, unknown>;
  const far = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) > LIMITS.coordinate;
  if (!far(n.x) && !far(n.y)) return raw;
  repairs.push(`note "${raw.id}" was placed too far away and was moved back into its block`);
  return { ...raw, json: { ok: true, value: { ...n, x: far(n.x) ? 0 : n.x, y: far(n.y) ? 0 : n.y } } };
}

function keep<S extends Parameters<typeof restoreRecord>[1]>(kind: RecordType, records: RawRecord[], schema: S, leftOut: LeftOut[]) {
  const out = [];
  for (const raw of records) {
    const r = restoreRecord(kind, schema, raw);
    if (r.ok) out.push(r.record);
    else leftOut.push({ kind, id: raw.id, problem: r.problem });
  }
  return out;
}

function byId<T extends { id: string }>(list: T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of list) out[item.id] = item;
  return out;
}
