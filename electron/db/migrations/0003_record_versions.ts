/**
 * Every stored record carries the format version its `data` was written in, so loading can migrate
 * it step by step (shared/model/recordMigrations.ts) or refuse one from a newer CBMC Studio. Rows
 * written before this column existed are the first format of their type: version 1.
 */
export const sql = `
ALTER TABLE workshops ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE boards ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE table_rows ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE steps ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE template_sets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
`;
