/**
 * The last batch applied from each client (a page or window with unsent edits), written in the same
 * transaction as the batch. A client whose answer was lost sends the batch again with the same
 * sequence number; the host sees it here and answers "already applied" instead of applying it twice.
 */
export const sql = `
CREATE TABLE applied_batches (
  client_id TEXT PRIMARY KEY,
  last_seq INTEGER NOT NULL,
  applied_at TEXT NOT NULL
);
`;
