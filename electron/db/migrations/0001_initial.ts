/**
 * Workshops and everything in them. Records are stored as validated JSON in `data`, with the keys
 * the database must enforce (ownership, cascades) as real columns. Every record table is keyed by
 * (workshop_id, id) so one workshop's ops can never reach another's rows.
 */
export const sql = `
CREATE TABLE workshops (
  id TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE boards (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (workshop_id, id)
);

CREATE TABLE notes (
  workshop_id TEXT NOT NULL,
  id TEXT NOT NULL,
  board_id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (workshop_id, id),
  FOREIGN KEY (workshop_id, board_id) REFERENCES boards(workshop_id, id) ON DELETE CASCADE
);

CREATE TABLE table_rows (
  workshop_id TEXT NOT NULL,
  id TEXT NOT NULL,
  board_id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (workshop_id, id),
  FOREIGN KEY (workshop_id, board_id) REFERENCES boards(workshop_id, id) ON DELETE CASCADE
);

CREATE TABLE steps (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (workshop_id, id)
);
`;
