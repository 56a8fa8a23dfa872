import { nanoid } from 'nanoid';
import type { HostApi } from '../../shared/contract/contract';
import type { Op } from '../../shared/ops';
import { isWorthRetrying } from '../host/HostUnreachable';
import { UnsentStorage, type UnsentBatch } from './unsentStorage';

/** The first wait before sending again after the host could not be reached; it doubles up to MAX. */
export const RETRY_FIRST_MS = 500;
export const RETRY_MAX_MS = 10_000;

/** What the queue reports: `retrying` means the last try did not reach the host (or it could not write). */
export type QueueState = 'idle' | 'saving' | 'retrying';

export interface SaveQueueEvents {
  onState(state: QueueState): void;
  /** The host refused this batch (a real answer, e.g. 409): it was dropped, the ones behind it go on. */
  onRejected(batch: UnsentBatch, error: Error): void;
  /** The page's storage is full: unsent batches are kept in memory only until it has room again. */
  onStorageFull(): void;
}

export interface SaveQueueOptions {
  storage?: Storage | null;
  clientId?: string;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  now?: () => number;
}

/**
 * Sends batches to the host one after another, in the order the user made them. A batch stays in
 * the line (and in the page's storage) until the host has answered it: when the host cannot be
 * reached it is sent again after 0.5 s, 1 s, 2 s … at most 10 s apart, or at once on retryNow()
 * (the page came back online or got focus). Each batch carries this page's client id and a sequence
 * number, so a batch whose answer was lost and is sent again is applied once. A refusal drops only
 * the refused batch and is reported.
 */
export class SaveQueue {
  readonly clientId: string;
  private readonly line: UnsentBatch[] = [];
  private readonly storage: UnsentStorage;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly now: () => number;
  private seq = 0;
  private sending = false;
  private timer: unknown = null;
  private delay = 0;
  private state: QueueState = 'idle';
  private storageFull = false;
  private drained: (() => void)[] = [];

  constructor(
    private readonly host: HostApi,
    private readonly events: SaveQueueEvents,
    opts: SaveQueueOptions = {},
  ) {
    this.clientId = opts.clientId ?? `c-${nanoid(16)}`;
    this.storage = new UnsentStorage(opts.storage === undefined ? defaultStorage() : opts.storage);
    this.setTimer = opts.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    this.now = opts.now ?? Date.now;
  }

  send(workshopId: string, ops: Op[]): void {
    this.line.push({ workshopId, ops, client: { id: this.clientId, seq: ++this.seq }, madeAt: this.now() });
    this.keep(workshopId);
    this.pump();
  }

  /**
   * Takes in what earlier pages left unsent for this workshop (they go first: they were made first)
   * and returns every batch still unsent for it, in order, for the screen to replay on the stored
   * document. Their sending starts (again) at once.
   */
  adopt(workshopId: string): UnsentBatch[] {
    this.takeOver(workshopId);
    return this.line.filter((b) => b.workshopId === workshopId);
  }

  /** At start: sends what earlier pages left unsent for any workshop, even one not opened again. */
  adoptAll(): void {
    this.takeOver(null);
  }

  private takeOver(workshopId: string | null): void {
    const others = this.storage.takeOthers(workshopId, this.clientId);
    if (others.length > 0) {
      this.line.splice(this.sending ? 1 : 0, 0, ...others);
      for (const id of new Set(others.map((b) => b.workshopId))) this.keep(id);
    }
    this.retryNow();
  }

  /** Idle, saving, or retrying (the last try did not reach the host). */
  get currentState(): QueueState {
    return this.state;
  }

  /** Some unsent batches did not fit in the page's storage: closing the page now would lose them. */
  get onlyInMemory(): boolean {
    return this.storageFull && this.line.length > 0;
  }

  /** How many batches the host has not confirmed. */
  get pending(): number {
    return this.line.length;
  }

  /** Sends now instead of waiting out the backoff (the page is online again or got focus). */
  retryNow(): void {
    if (this.timer === null) {
      this.pump();
      return;
    }
    this.clearTimer(this.timer);
    this.timer = null;
    this.pump();
  }

  /** Resolves when nothing is left to send (every batch confirmed or refused). */
  flush(): Promise<void> {
    if (this.line.length === 0 && !this.sending) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private async pump(): Promise<void> {
    if (this.sending || this.timer !== null) return;
    this.sending = true;
    while (this.line.length > 0) {
      const batch = this.line[0]!;
      if (this.state === 'idle') this.setState('saving');
      try {
        await this.host['ops.apply']({ workshopId: batch.workshopId as never, ops: batch.ops, client: batch.client });
      } catch (e) {
        if (isWorthRetrying(e)) {
          this.delay = this.delay === 0 ? RETRY_FIRST_MS : Math.min(this.delay * 2, RETRY_MAX_MS);
          this.setState('retrying');
          this.sending = false;
          this.timer = this.setTimer(() => {
            this.timer = null;
            void this.pump();
          }, this.delay);
          return;
        }
        this.done(batch);
        this.events.onRejected(batch, e as Error);
        continue;
      }
      this.done(batch);
    }
    this.sending = false;
    this.setState('idle');
    this.drained.splice(0).forEach((resolve) => resolve());
  }

  /** The host has answered this batch: out of the line and out of storage. */
  private done(batch: UnsentBatch): void {
    this.line.shift();
    this.delay = 0;
    if (this.state === 'retrying') this.setState('saving');
    this.keep(batch.workshopId);
  }

  private keep(workshopId: string): void {
    const fits = this.storage.save(
      workshopId,
      this.clientId,
      this.line.filter((b) => b.workshopId === workshopId),
    );
    if (!fits && !this.storageFull) this.events.onStorageFull();
    this.storageFull = !fits;
  }

  private setState(state: QueueState): void {
    if (state === this.state) return;
    this.state = state;
    this.events.onState(state);
  }
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage switched off: batches are kept in memory only
  }
}
