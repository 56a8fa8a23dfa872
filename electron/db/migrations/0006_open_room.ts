/**
 * The room that is open, if any (at most one row). Kept so that after a crash or kill -9 the host
 * reopens the same room on the same port with the same key, and every page reconnects by itself.
 * Closing the room deletes the row; deleting the workshop deletes it too.
 */
export const sql = `
CREATE TABLE open_room (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  room_key TEXT NOT NULL,
  token TEXT NOT NULL,
  port INTEGER NOT NULL,
  locked TEXT NOT NULL DEFAULT '[]',
  opened_at TEXT NOT NULL
);
`;
