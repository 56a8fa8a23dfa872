import { copyWorkshopDoc } from '../model/copyWorkshopDoc';
import { LIMITS } from '../model/limits';
import { RECORD_MIGRATIONS } from '../model/recordFormats';
import { FIRST_VERSION, isPlainRecord, migrateRecord, type RecordType } from '../model/recordMigrations';
import { restoreDoc, type RawDoc } from '../model/restoreDoc';
import type { RawRecord } from '../model/storedJson';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import { templateSetMigrations, validateTemplateSet, type TemplateSetContent } from '../templates/templateSetFile';
import {
  FILE_COLLECTIONS,
  MAX_WORKSHOP_FILE_BYTES,
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_VERSION,
  type WorkshopFileProblem,
} from './workshopFile';

export interface ReadWorkshopFile {
  /** The workshop as a new one: every record id is new and every reference follows it. */
  doc: WorkshopDoc;
  templateSet: TemplateSetContent;
  /** Repairs the restore gate made (a note whose block is gone goes to the tray), for the log. */
  repairs: string[];
}

export type ReadResult = { ok: true; value: ReadWorkshopFile } | { ok: false; problem: WorkshopFileProblem };

const RECORD_TYPES = Object.keys(RECORD_MIGRATIONS) as RecordType[];

/**
 * Reads a workshop file through the same gate as the database: each record migrated from the version
 * the file names for its type, validated, references checked. Unlike opening a stored workshop, nothing
 * is left out: the first record that would be is the reason the whole file is refused.
 * `now` stamps the new workshop, so it lists first.
 */
export function readWorkshopFile(text: string, now: string): ReadResult {
  const fail = (problem: WorkshopFileProblem): ReadResult => ({ ok: false, problem });
  // A character is at least one byte: the cheap check before the exact one.
  if (text.length > MAX_WORKSHOP_FILE_BYTES) return fail({ code: 'tooLarge', size: text.length, max: MAX_WORKSHOP_FILE_BYTES });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ code: 'empty' });

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail({ code: looksCutShort(detail, body) ? 'truncated' : 'notJson', detail });
  }
  if (!isPlainRecord(data) || data.format !== WORKSHOP_FILE_FORMAT) return fail({ code: 'notWorkshopFile' });
  const v = data.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail({ code: 'badFormatVersion' });
  if (v > WORKSHOP_FILE_VERSION) return fail({ code: 'newerFormat', version: v, known: WORKSHOP_FILE_VERSION });
  for (const field of ['appVersion', 'exportedAt'] as const) {
    if (typeof data[field] !== 'string') return fail({ code: 'badField', field });
  }

  const versions = data.recordVersions;
  if (!isPlainRecord(versions)) return fail({ code: 'badField', field: 'recordVersions' });
  for (const kind of RECORD_TYPES) {
    const rv = versions[kind];
    if (typeof rv !== 'number' || !Number.isInteger(rv) || rv < FIRST_VERSION)
      return fail({ code: 'badField', field: `recordVersions.${kind}` });
    const known = RECORD_MIGRATIONS[kind].version;
    if (rv > known) return fail({ code: 'newerRecords', kind, version: rv, known });
  }
  const versionOf = (kind: RecordType) => versions[kind] as number;

  if (!isPlainRecord(data.workshop)) return fail({ code: 'badField', field: 'workshop' });
  const lists = {} as Record<(typeof FILE_COLLECTIONS)[number][0], unknown[]>;
  for (const [field] of FILE_COLLECTIONS) {
    const list = data[field];
    if (!Array.isArray(list)) return fail({ code: 'badField', field });
    lists[field] = list;
  }
  if (!isPlainRecord(data.templateSet)) return fail({ code: 'badField', field: 'templateSet' });

  // Records by position, so a problem can say "the 12th note"; ids must be unique within their list.
  const raw: RawDoc = { workshop: toRaw(data.workshop, versionOf('workshop')), boards: [], notes: [], rows: [], steps: [] };
  const positions = new Map<string, number>();
  for (const [field, kind] of FILE_COLLECTIONS) {
    const seen = new Set<string>();
    for (const [i, value] of lists[field].entries()) {
      const record = toRaw(value, versionOf(kind));
      if (!isPlainRecord(value) || typeof value.id !== 'string') {
        return fail({
          code: 'record',
          kind,
          index: i + 1,
          id: record.id,
          problem: { reason: 'invalid', detail: isPlainRecord(value) ? 'id: missing' : 'not a record' },
        });
      }
      if (seen.has(record.id)) return fail({ code: 'duplicateId', kind, id: record.id });
      seen.add(record.id);
      positions.set(`${kind}:${record.id}`, i + 1);
      raw[field].push(record);
    }
  }

  const restored = restoreDoc(raw);
  if (!restored.ok) return fail({ code: 'record', kind: 'workshop', index: 1, id: raw.workshop.id, problem: restored.problem });
  const first = restored.leftOut[0];
  if (first)
    return fail({
      code: 'record',
      kind: first.kind,
      index: positions.get(`${first.kind}:${first.id}`) ?? 0,
      id: first.id,
      problem: first.problem,
    });

  const perBoard = new Map<string, number>();
  for (const n of Object.values(restored.doc.notes)) perBoard.set(n.boardId, (perBoard.get(n.boardId) ?? 0) + 1);
  for (const [boardId, count] of perBoard) {
    if (count > LIMITS.notesPerBoard) return fail({ code: 'tooManyNotes', boardId, count, max: LIMITS.notesPerBoard });
  }

  const migratedSet = migrateRecord(templateSetMigrations, data.templateSet, versionOf('templateSet'));
  if (!migratedSet.ok) {
    const p = migratedSet.problem;
    return fail({
      code: 'templateSet',
      detail: p.reason === 'migration' ? `${p.step}: ${p.detail}` : p.reason === 'invalid' ? p.detail : p.reason,
    });
  }
  const set = validateTemplateSet(migratedSet.record);
  if (!set.ok) return fail({ code: 'templateSet', detail: set.problem });

  // New ids for every record, so importing never meets (or overwrites) anything stored. It keeps the
  // day it was first created; `now` as its last change lists it first.
  const copy = copyWorkshopDoc(restored.doc, { name: restored.doc.workshop.name, now });
  const doc = { ...copy, workshop: { ...copy.workshop, createdAt: restored.doc.workshop.createdAt } };
  return { ok: true, value: { doc, templateSet: set.value, repairs: restored.repairs } };
}

/** The parser ran out of text (rather than meeting a wrong character): the file stops early. */
function looksCutShort(message: string, text: string): boolean {
  if (/end of JSON input|Unterminated/i.test(message)) return true;
  const at = /at position (\d+)/.exec(message);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

/** A file record as the restore gate takes it: already parsed, at the version the file names for its type. */
function toRaw(value: unknown, version: number): RawRecord {
  const id = isPlainRecord(value) && typeof value.id === 'string' ? value.id : '';
  return { id, version, json: { ok: true, value } };
}
