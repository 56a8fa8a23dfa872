import type Database from 'better-sqlite3';

/** The open room as stored (table open_room): enough to reopen it after the host was killed. */
export interface StoredRoom {
  workshopId: string;
  key: string;
  token: string;
  port: number;
  locked: string[];
  openedAt: string;
}

interface Row {
  workshop_id: string;
  room_key: string;
  token: string;
  port: number;
  locked: string;
  opened_at: string;
}

/** Reads and writes the one open_room row. */
export class OpenRoomRepository {
  constructor(private readonly db: () => Database.Database) {}

  get(): StoredRoom | null {
    const row = this.db().prepare('SELECT * FROM open_room WHERE id = 1').get() as Row | undefined;
    if (!row) return null;
    return {
      workshopId: row.workshop_id,
      key: row.room_key,
      token: row.token,
      port: row.port,
      locked: parseLocked(row.locked),
      openedAt: row.opened_at,
    };
  }

  save(room: StoredRoom): void {
    this.db()
      .prepare(
        `INSERT INTO open_room (id, workshop_id, room_key, token, port, locked, opened_at) VALUES (1, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET workshop_id = excluded.workshop_id, room_key = excluded.room_key,
           token = excluded.token, port = excluded.port, locked = excluded.locked, opened_at = excluded.opened_at`,
      )
      .run(room.workshopId, room.key, room.token, room.port, JSON.stringify(room.locked), room.openedAt);
  }

  delete(): void {
    this.db().prepare('DELETE FROM open_room').run();
  }
}

function parseLocked(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
