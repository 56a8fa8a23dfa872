import WebSocket from 'ws';
import type { Op } from '../../shared/ops';

/**
 * A room participant speaking the raw protocol the way a page must: it keeps every batch until the
 * host commits it, and on each (re)connect says hello with the last seq it saw, then sends again
 * what is still unconfirmed with the same client seq. Sockets only ever go to 127.0.0.1.
 */
export class ResumingClient {
  readonly id: string;
  /** The last host seq this client has seen (welcome or patch). */
  seq: number | null = null;
  private clientSeq = 0;
  private readonly pending = new Map<number, Op[]>();
  /** Client seqs the host answered with push_result commit. */
  readonly acknowledged = new Map<number, Op[]>();
  readonly discarded: Array<{ clientSeq: number; key: string }> = [];
  private ws: WebSocket | null = null;
  private live = false;
  welcomes = 0;

  constructor(
    private readonly socketUrl: string,
    private readonly name: string,
    /** Stable across reconnects, like a page's. */
    tag: string,
  ) {
    this.id = `resume-${tag}-${Math.random().toString(36).slice(2, 10)}`;
  }

  get unconfirmed(): number {
    return this.pending.size;
  }

  get isLive(): boolean {
    return this.live;
  }

  /** Opens a socket and says hello; resolves once welcomed, rejects if the socket fails first. */
  connect(): Promise<void> {
    const ws = new WebSocket(this.socketUrl, { perMessageDeflate: false });
    this.ws = ws;
    return new Promise((resolve, reject) => {
      ws.once('open', () => ws.send(JSON.stringify({ t: 'hello', protocol: 1, clientId: this.id, name: this.name, lastSeq: this.seq })));
      ws.once('error', (e) => reject(e));
      ws.once('close', () => {
        this.live = false;
        reject(new Error('closed before welcome'));
      });
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as Record<string, unknown>;
        this.take(msg);
        if (msg.t === 'welcome') {
          this.live = true;
          this.welcomes++;
          // Batches the host applied before its answer was lost are done; the rest go again, in order.
          for (const s of [...this.pending.keys()].sort((a, b) => a - b)) {
            if (s <= (msg.lastClientSeq as number)) {
              this.acknowledged.set(s, this.pending.get(s)!);
              this.pending.delete(s);
            } else this.send(s);
          }
          resolve();
        }
      });
    });
  }

  /** Tries to connect every 100 ms until welcomed or `ms` has passed. */
  async reconnect(ms: number): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      try {
        await this.connect();
        return;
      } catch (e) {
        if (Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** Queues a batch and sends it when live. */
  push(ops: Op[]): number {
    const s = ++this.clientSeq;
    this.pending.set(s, ops);
    if (this.live) this.send(s);
    return s;
  }

  close(): void {
    this.ws?.terminate();
    this.live = false;
  }

  private send(s: number): void {
    this.ws?.send(JSON.stringify({ t: 'push', clientSeq: s, ops: this.pending.get(s) }));
  }

  private take(msg: Record<string, unknown>): void {
    if (msg.t === 'welcome') this.seq = msg.seq as number;
    if (msg.t === 'patch') {
      const entries = msg.entries as Array<{ seq: number }>;
      this.seq = entries.at(-1)?.seq ?? this.seq;
    }
    if (msg.t === 'push_result') {
      const s = msg.clientSeq as number;
      if (msg.action === 'commit') {
        if (typeof msg.seq === 'number') this.seq = Math.max(this.seq ?? 0, msg.seq);
        if (this.pending.has(s)) this.acknowledged.set(s, this.pending.get(s)!);
      } else this.discarded.push({ clientSeq: s, key: (msg.refusal as { key: string }).key });
      this.pending.delete(s);
    }
  }
}
