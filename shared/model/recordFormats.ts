import { templateSetMigrations } from '../templates/templateSetFile';
import { boardMigrations } from './Board';
import { noteMigrations } from './Note';
import type { RecordMigrationSequence, RecordType } from './recordMigrations';
import { rowMigrations } from './Row';
import { stepMigrations } from './StepState';
import { workshopMigrations } from './Workshop';

/** Every record type's migration sequence; storage and files write each record at its `version`. */
export const RECORD_MIGRATIONS: Readonly<Record<RecordType, RecordMigrationSequence>> = {
  workshop: workshopMigrations,
  board: boardMigrations,
  note: noteMigrations,
  row: rowMigrations,
  step: stepMigrations,
  templateSet: templateSetMigrations,
};

/**
 * The format version this code writes, per record type. SQLite keeps it per row (`version` column);
 * a file holding many records (a workshop export) writes this map in its header, and import hands each
 * record to the restore gate with its type's version from there.
 */
export const RECORD_VERSIONS = Object.fromEntries(Object.entries(RECORD_MIGRATIONS).map(([type, seq]) => [type, seq.version])) as Readonly<
  Record<RecordType, number>
>;
