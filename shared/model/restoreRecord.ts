import type { z } from 'zod';
import { keepUnknownFields } from './keepUnknownFields';
import { RECORD_MIGRATIONS } from './recordFormats';
import { migrateRecord, type RecordProblem, type RecordType } from './recordMigrations';
import type { RawRecord } from './storedJson';

export type RestoredRecord<T> = { ok: true; record: T } | { ok: false; problem: RecordProblem };

/**
 * One record through the gate: readable JSON → migrated from its version to this one (a newer
 * version is refused) → validated with defaults filled → the fields this version does not know put back.
 */
export function restoreRecord<S extends z.ZodType>(type: RecordType, schema: S, raw: RawRecord): RestoredRecord<z.infer<S>> {
  if (!raw.json.ok) return { ok: false, problem: { reason: 'unreadable', detail: raw.json.error } };
  const migrated = migrateRecord(RECORD_MIGRATIONS[type], raw.json.value, raw.version);
  if (!migrated.ok) return migrated;
  const parsed = schema.safeParse(migrated.record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, problem: { reason: 'invalid', detail: `${where}${issue?.message ?? 'unreadable'}` } };
  }
  return { ok: true, record: keepUnknownFields(parsed.data, migrated.record) };
}
