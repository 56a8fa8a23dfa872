/**
 * Stored records carry the format version they were written in. A record type's format changes only
 * by appending a named, numbered step to its sequence; a shipped step is never edited, so a record
 * written by any earlier version can be brought forward one step at a time. There is no `down`:
 * an older CBMC Studio refuses a newer record instead of guessing.
 */

/** Every kind of record that is stored (in SQLite or a file) on its own. */
export type RecordType = 'workshop' | 'board' | 'note' | 'row' | 'step' | 'templateSet';

/** Version 1 is each record type as it was first shipped (rows written before versions existed). */
export const FIRST_VERSION = 1;

export type PlainRecord = Record<string, unknown>;

export interface RecordMigration {
  /** What the step does, as a name that stays the same forever (e.g. 'AddNoteColor'). */
  name: string;
  /** The version a record has after this step. */
  version: number;
  /** Changes the record in place (it is a private copy) or returns a replacement. */
  up(record: PlainRecord): PlainRecord | void;
}

export interface RecordMigrationSequence {
  recordType: RecordType;
  /** The version this code writes: the last step's, or FIRST_VERSION when there are none. */
  version: number;
  steps: readonly RecordMigration[];
}

/** Why a stored record could not be used. Kept as data so each screen says it in its own language. */
export type RecordProblem =
  /** The stored bytes are not JSON at all. */
  | { reason: 'unreadable'; detail: string }
  /** JSON, but not a record of this type: a field is missing or wrong. */
  | { reason: 'invalid'; detail: string }
  /** Written by a newer CBMC Studio in a format this one does not know. */
  | { reason: 'newer'; version: number; known: number }
  /** A migration step failed on it. */
  | { reason: 'migration'; step: string; detail: string }
  /** Readable itself, but the board it belongs to could not be restored. */
  | { reason: 'missingBoard'; boardId: string };

export type Migrated = { ok: true; record: PlainRecord } | { ok: false; problem: RecordProblem };

/**
 * Declares a record type's sequence. Steps must number FIRST_VERSION+1, +2, … in order, with
 * distinct names: a mistake here is a programming error and fails at start-up (and in the tests).
 */
export function recordMigrations(recordType: RecordType, steps: readonly RecordMigration[]): RecordMigrationSequence {
  const names = new Set<string>();
  steps.forEach((s, i) => {
    const expected = FIRST_VERSION + i + 1;
    if (s.version !== expected) throw new Error(`${recordType} migration "${s.name}" has version ${s.version}, expected ${expected}`);
    if (names.has(s.name)) throw new Error(`${recordType} migration name "${s.name}" is used twice`);
    names.add(s.name);
  });
  return { recordType, version: steps.at(-1)?.version ?? FIRST_VERSION, steps };
}

/** Brings one record from `fromVersion` to the sequence's version, or says why it cannot. */
export function migrateRecord(seq: RecordMigrationSequence, value: unknown, fromVersion: number): Migrated {
  if (!Number.isInteger(fromVersion) || fromVersion < FIRST_VERSION) {
    return { ok: false, problem: { reason: 'invalid', detail: `format version ${String(fromVersion)} is not a version` } };
  }
  if (fromVersion > seq.version) return { ok: false, problem: { reason: 'newer', version: fromVersion, known: seq.version } };
  if (!isPlainRecord(value)) return { ok: false, problem: { reason: 'invalid', detail: 'not a record' } };
  const pending = seq.steps.filter((s) => s.version > fromVersion);
  if (pending.length === 0) return { ok: true, record: value };
  // Steps change records in place: give them a copy, so a failing step leaves the caller's value as it was.
  let record: PlainRecord = structuredClone(value);
  for (const step of pending) {
    try {
      record = step.up(record) ?? record;
    } catch (e) {
      return { ok: false, problem: { reason: 'migration', step: step.name, detail: e instanceof Error ? e.message : String(e) } };
    }
  }
  return { ok: true, record };
}

export function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
