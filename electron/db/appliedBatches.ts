import type Database from 'better-sqlite3';
import type { BatchClient } from '../../shared/contract/contract';

/** The last batch applied per client (table applied_batches), so a batch sent twice is applied once. */
export class AppliedBatches {
  private readonly select: Database.Statement<[string], { last_seq: number; applied_at: string }>;
  private readonly upsert: Database.Statement<[string, number, string]>;

  constructor(db: Database.Database) {
    this.select = db.prepare('SELECT last_seq, applied_at FROM applied_batches WHERE client_id = ?');
    this.upsert = db.prepare(
      `INSERT INTO applied_batches (client_id, last_seq, applied_at) VALUES (?, ?, ?)
       ON CONFLICT (client_id) DO UPDATE SET last_seq = excluded.last_seq, applied_at = excluded.applied_at`,
    );
  }

  lastFor(clientId: string): { seq: number; appliedAt: string } | null {
    const row = this.select.get(clientId);
    return row ? { seq: row.last_seq, appliedAt: row.applied_at } : null;
  }

  /** Call inside the batch's transaction. */
  record(client: BatchClient, appliedAt: string): void {
    this.upsert.run(client.id, client.seq, appliedAt);
  }
}
