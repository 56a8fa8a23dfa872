/**
 * Every applied batch of a workshop in order (room mode's source of truth for "what happened since"):
 * seq grows by one per batch within a workshop and is written in the same transaction as the batch.
 * A client that reconnects names the last seq it saw and gets the entries after it. Only the last
 * LOG_WINDOW entries per workshop are kept; a client further behind gets the whole document instead.
 * Batches from the facilitator's own window without a client id are logged as client `host-local`.
 */
export const sql = `
CREATE TABLE op_log (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  client_id TEXT NOT NULL,
  client_seq INTEGER NOT NULL,
  ops TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (workshop_id, seq)
) WITHOUT ROWID;
`;
