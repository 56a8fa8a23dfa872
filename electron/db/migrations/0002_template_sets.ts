/**
 * Facilitators' own template sets (templates + process), stored as validated JSON, and a small
 * settings table holding which set is in use (no row: the built-in set).
 */
export const sql = `
CREATE TABLE template_sets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
