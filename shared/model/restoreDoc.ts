import { z } from 'zod';
import { validateLayout } from '../geometry/validateLayout';
import { boardSchema, type Board } from './Board';
import { noteSchema, type Note } from './Note';
import { LIMITS } from './limits';
import { rowSchema, type Row } from './Row';
import { stepStateSchema, type StepState } from './StepState';
import { workshopSchema, type Workshop } from './Workshop';
import type { WorkshopDoc } from './WorkshopDoc';

/** Records as they come out of storage or a file: anything at all. */
export interface RawDoc {
  workshop: unknown;
  boards: unknown[];
  notes: unknown[];
  rows: unknown[];
  steps: unknown[];
}

export interface Restored {
  doc: WorkshopDoc;
  /** What had to be repaired or left out, in words a person can act on. */
  problems: string[];
}

/**
 * The one gate every stored or imported document passes: validate each record, fill defaults,
 * repair references (a note whose block is gone goes to the unplaced tray), and leave out what
 * cannot be understood — saying so, rather than failing the whole workshop.
 */
export function restoreDoc(raw: RawDoc): Restored {
  const problems: string[] = [];
  const workshop = workshopSchema.safeParse(raw.workshop);
  if (!workshop.success) throw new Error(`workshop record is unreadable: ${workshop.error.issues[0]?.message ?? ''}`);

  const boards = keep(raw.boards, boardSchema, 'board', problems).filter((b) => {
    const issues = validateLayout(b.layout as Board['layout']);
    if (issues.length > 0) problems.push(`board "${b.title}" left out: ${issues.join('; ')}`);
    return issues.length === 0;
  }) as Board[];
  const boardById = new Map(boards.map((b) => [b.id as string, b]));

  const notes = (keep(raw.notes.map((n) => pullIntoRange(n, problems)), noteSchema, 'note', problems) as Note[]).filter((n) => {
    if (!boardById.has(n.boardId)) problems.push(`note "${n.id}" left out: its board is missing`);
    return boardById.has(n.boardId);
  });
  for (const n of notes) {
    const layout = boardById.get(n.boardId)!.layout;
    if (n.blockId !== null && (layout.kind !== 'canvas' || !layout.blocks.some((b) => b.id === n.blockId))) {
      problems.push(`note "${n.id}" moved to the unplaced tray: its block "${n.blockId}" is gone`);
      n.blockId = null;
    }
  }
  const rows = (keep(raw.rows, rowSchema, 'row', problems) as Row[]).filter((r) => boardById.has(r.boardId));
  const steps = keep(raw.steps, stepStateSchema, 'step', problems) as StepState[];

  return {
    doc: {
      workshop: workshop.data as Workshop,
      boards: byId(boards),
      notes: byId(notes),
      rows: byId(rows),
      steps: byId(steps),
    },
    problems,
  };
}

/**
 * A note stored before positions were limited may sit absurdly far away (1e308): bring it back
 * within reach rather than leave its text out.
 */
function pullIntoRange(raw: unknown, problems: string[]): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const n = raw as Record<string, unknown>;
  const far = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) > LIMITS.coordinate;
  if (!far(n.x) && !far(n.y)) return raw;
  problems.push(`note "${String(n.id)}" was placed too far away and was moved back into its block`);
  return { ...n, x: far(n.x) ? 0 : n.x, y: far(n.y) ? 0 : n.y };
}

function keep<S extends z.ZodType>(records: unknown[], schema: S, kind: string, problems: string[]): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const r of records) {
    const parsed = schema.safeParse(r);
    if (parsed.success) out.push(parsed.data);
    else problems.push(`a ${kind} was left out: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
  }
  return out;
}

function byId<T extends { id: string }>(list: T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of list) out[item.id] = item;
  return out;
}
