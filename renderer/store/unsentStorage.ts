import { z } from 'zod';
import { batchClientSchema, type BatchClient } from '../../shared/contract/contract';
import { opSchema } from '../../shared/ops/Op';
import type { Op } from '../../shared/ops';

/** A batch applied on screen that the host has not confirmed yet. */
export interface UnsentBatch {
  workshopId: string;
  client: BatchClient;
  ops: Op[];
  /** When it was made (ms since epoch): orders batches kept by different pages. */
  madeAt: number;
}

const PREFIX = 'cbmc.unsent.';
const keyOf = (workshopId: string, clientId: string) => `${PREFIX}${workshopId}.${clientId}`;

const unsentSchema = z.array(
  z.object({ workshopId: z.string(), client: batchClientSchema, ops: z.array(opSchema).min(1), madeAt: z.number() }),
);

/**
 * Unsent batches kept in the page's storage (localStorage), one entry per workshop and page, so a
 * reload or a crashed tab keeps them. The browser allows about 5 MB per site: a write that does not
 * fit returns false and the batches stay in memory only, which the person is told.
 */
export class UnsentStorage {
  constructor(private readonly storage: Storage | null) {}

  /** Writes this page's batches for one workshop (an empty list removes the entry). */
  save(workshopId: string, clientId: string, batches: readonly UnsentBatch[]): boolean {
    if (!this.storage) return true;
    const key = keyOf(workshopId, clientId);
    try {
      if (batches.length === 0) this.storage.removeItem(key);
      else this.storage.setItem(key, JSON.stringify(batches));
      return true;
    } catch {
      return false; // QuotaExceededError: the page's storage is full
    }
  }

  /**
   * Takes over what other pages (earlier loads of this one, closed or crashed tabs) left unsent for a
   * workshop (null: for every workshop), oldest first, removing their entries. An entry that cannot be read is left where it is.
   */
  takeOthers(workshopId: string | null, clientId: string): UnsentBatch[] {
    if (!this.storage) return [];
    const prefix = workshopId === null ? PREFIX : `${PREFIX}${workshopId}.`;
    const found: UnsentBatch[] = [];
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(prefix) && !key.endsWith(`.${clientId}`)) keys.push(key);
    }
    for (const key of keys) {
      let parsed;
      try {
        parsed = unsentSchema.safeParse(JSON.parse(this.storage.getItem(key) ?? 'null'));
      } catch {
        continue;
      }
      if (!parsed.success) continue;
      found.push(...(parsed.data.filter((b) => workshopId === null || b.workshopId === workshopId) as UnsentBatch[]));
      this.storage.removeItem(key);
    }
    return found.sort((a, b) => a.madeAt - b.madeAt || a.client.seq - b.client.seq);
  }
}
