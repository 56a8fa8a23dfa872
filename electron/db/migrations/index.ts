import * as initial from './0001_initial';
import * as templateSets from './0002_template_sets';
import * as recordVersions from './0003_record_versions';
import * as appliedBatches from './0004_applied_batches';
import * as opLog from './0005_op_log';
import * as openRoom from './0006_open_room';

export interface Migration {
  /** user_version after this migration ran. Strictly increasing; never edit a shipped one. */
  version: number;
  name: string;
  sql: string;
}

/** Append-only. A new migration is a new numbered file added at the end of this list. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial.sql },
  { version: 2, name: 'template_sets', sql: templateSets.sql },
  { version: 3, name: 'record_versions', sql: recordVersions.sql },
  { version: 4, name: 'applied_batches', sql: appliedBatches.sql },
  { version: 5, name: 'op_log', sql: opLog.sql },
  { version: 6, name: 'open_room', sql: openRoom.sql },
];
