import type { HostApi } from '../../shared/contract/contract';
import type { Op } from '../../shared/ops';

/**
 * Sends batches to the host one after another, in the order the user made them. Ops already
 * applied on screen wait here; a rejected batch stops the line and reports, so the store can go
 * back to what the host holds.
 */
export class SaveQueue {
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private failed = false;

  constructor(
    private readonly host: HostApi,
    private readonly events: {
      onBusy(): void;
      onIdle(): void;
      onRejected(workshopId: string, error: Error): void;
    },
  ) {}

  send(workshopId: string, ops: Op[]): void {
    this.pending++;
    this.events.onBusy();
    this.chain = this.chain.then(async () => {
      try {
        if (!this.failed) await this.host['ops.apply']({ workshopId: workshopId as never, ops });
      } catch (e) {
        this.failed = true;
        this.events.onRejected(workshopId, e as Error);
      } finally {
        this.pending--;
        if (this.pending === 0) {
          this.failed = false;
          this.events.onIdle();
        }
      }
    });
  }

  /** Resolves when everything sent so far has been answered. */
  flush(): Promise<void> {
    return this.chain;
  }
}
