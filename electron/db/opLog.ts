import type Database from 'better-sqlite3';
import type { Op } from '../../shared/ops';
import type { LogEntry } from '../../shared/room/protocol';

interface Row {
  seq: number;
  client_id: string;
  client_seq: number;
  ops: string;
}

/** Table op_log: each workshop's applied batches by seq. Knows SQL, not rules. */
export class OpLog {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      insert: db.prepare<[string, number, string, number, string, string]>(
        'INSERT INTO op_log (workshop_id, seq, client_id, client_seq, ops, at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      // A range on the primary key: finds the one or few entries that fell out of the window.
      prune: db.prepare<[string, number]>('DELETE FROM op_log WHERE workshop_id = ? AND seq <= ?'),
      head: db.prepare<[string], { seq: number | null }>('SELECT max(seq) AS seq FROM op_log WHERE workshop_id = ?'),
      since: db.prepare<[string, number], Row>(
        'SELECT seq, client_id, client_seq, ops FROM op_log WHERE workshop_id = ? AND seq > ? ORDER BY seq',
      ),
    };
  }

  /** The workshop's last seq, 0 when it has none. */
  head(workshopId: string): number {
    return this.stmt.head.get(workshopId)?.seq ?? 0;
  }

  /** Call inside the batch's transaction; keeps the last `window` entries of the workshop. */
  append(workshopId: string, entry: LogEntry, at: string, window: number): void {
    this.stmt.insert.run(workshopId, entry.seq, entry.clientId, entry.clientSeq, JSON.stringify(entry.ops), at);
    if (entry.seq > window) this.stmt.prune.run(workshopId, entry.seq - window);
  }

  /** Entries after `seq`, in order (the ops are this host's own writing: parsed, not re-validated). */
  since(workshopId: string, seq: number): LogEntry[] {
    return this.stmt.since.all(workshopId, seq).map((r) => ({
      seq: r.seq,
      clientId: r.client_id,
      clientSeq: r.client_seq,
      ops: JSON.parse(r.ops) as Op[],
    }));
  }
}
