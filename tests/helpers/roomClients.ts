import type { ConnectionHandlers, RoomConnection, RoomHubApi } from '../../electron/room/types';
import type { HostMessage } from '../../shared/room/protocol';
import type { RoomTransport } from '../../shared/room/syncTypes';

/** A small seeded random source (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Task = () => void;

/** One socket between a page and the hub: a queue each way, delivered in order like TCP. */
class Link implements RoomTransport {
  readonly up: Task[] = [];
  readonly down: Task[] = [];
  /** Neither side hears anything more (closed by the page, dropped, or the host killed). */
  dead = false;
  private hub: ConnectionHandlers | null = null;

  constructor(private readonly net: RoomNetwork) {}

  open(handlers: { onOpen(): void; onMessage(data: string): void; onClose(code: number): void }): void {
    const conn: RoomConnection = {
      send: (msg: HostMessage) => {
        if (this.dead) return;
        const text = JSON.stringify(msg);
        this.down.push(() => handlers.onMessage(text));
      },
      close: (code: number) => {
        if (this.dead) return;
        this.dead = true;
        this.down.push(() => handlers.onClose(code));
        this.up.push(() => this.hub?.onClose());
      },
    };
    this.closeClient = (code) => handlers.onClose(code);
    this.up.push(() => {
      this.hub = this.net.hub.accept(conn);
      if (!this.dead) this.down.push(() => handlers.onOpen());
    });
  }

  send(data: string): void {
    if (this.dead) return;
    this.up.push(() => this.hub?.onMessage(data));
    // A batch sent twice (a retry racing its original) must change nothing.
    if (data.startsWith('{"t":"push"') && this.net.random() < this.net.duplicateRate) this.up.push(() => this.hub?.onMessage(data));
  }

  /** The page closes its socket: it hears nothing more; the hub hears the close after what was sent. */
  close(): void {
    if (this.dead) return;
    this.dead = true;
    this.down.length = 0;
    this.up.push(() => this.hub?.onClose());
  }

  /** The network drops the socket: what is in flight is lost; both sides hear the close. */
  drop(tellHub: boolean): void {
    if (this.dead && this.up.length === 0 && this.down.length === 0) return;
    this.dead = true;
    this.up.length = 0;
    this.down.length = 0;
    if (tellHub) this.up.push(() => this.hub?.onClose());
    this.down.push(() => this.closeClient(1006));
  }

  private closeClient: (code: number) => void = () => undefined;
}

/**
 * Pages and a hub in one process, with every message going through JSON and a queue: nothing is
 * delivered until the test steps the network, so it decides the interleaving (from its seed), and
 * can drop sockets, duplicate sends, and kill the host with answers still in flight. It also keeps
 * the pages' timers on a clock that moves only when nothing else is left to deliver.
 */
export class RoomNetwork {
  private readonly links: Link[] = [];
  private timers: { id: number; at: number; run: () => void }[] = [];
  private now = 0;
  private nextTimer = 1;

  constructor(
    public hub: RoomHubApi,
    readonly random: () => number = Math.random,
    public duplicateRate = 0,
  ) {}

  connect = (): RoomTransport => {
    const link = new Link(this);
    this.links.push(link);
    return link;
  };

  setTimer = (run: () => void, ms: number): unknown => {
    const id = this.nextTimer++;
    this.timers.push({ id, at: this.now + ms, run });
    return id;
  };

  clearTimer = (id: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };

  /** Delivers the next message of one random busy direction; false when nothing is in flight. */
  step(): boolean {
    const busy: Task[][] = [];
    for (const l of this.links) {
      if (l.up.length > 0) busy.push(l.up);
      if (l.down.length > 0) busy.push(l.down);
    }
    if (busy.length === 0) return false;
    const queue = busy[Math.floor(this.random() * busy.length)]!;
    queue.shift()!();
    this.forgetIdle();
    return true;
  }

  /** Runs the earliest timer, moving the clock to it; false when none is waiting. */
  tick(): boolean {
    if (this.timers.length === 0) return false;
    const next = this.timers.reduce((a, b) => (b.at < a.at ? b : a));
    this.timers = this.timers.filter((t) => t !== next);
    this.now = Math.max(this.now, next.at);
    next.run();
    return true;
  }

  /** Delivers everything in flight (bounded, so a loop between host and page fails instead of hanging). */
  drain(max = 200_000): void {
    for (let i = 0; i < max; i++) if (!this.step()) return;
    throw new Error(`the network did not go quiet within ${max} messages`);
  }

  /** Delivers and runs timers until neither is left, or `until` holds (bounded). */
  settle(until: () => boolean = () => false, max = 1_000): void {
    for (let i = 0; i < max; i++) {
      this.drain();
      if (until() || !this.tick()) return;
    }
    throw new Error(`the room did not settle within ${max} timer rounds`);
  }

  /** Waiting timers' delays from now. */
  waiting(): number[] {
    return this.timers.map((t) => t.at - this.now);
  }

  /** Sockets still open or with something in flight. */
  openLinks(): number {
    return this.links.filter((l) => !l.dead).length;
  }

  /** Drops one random open socket, as a Wi-Fi drop would. */
  dropRandom(): void {
    const open = this.links.filter((l) => !l.dead);
    if (open.length > 0) open[Math.floor(this.random() * open.length)]!.drop(true);
  }

  /** The host dies: every socket goes at once and nothing more is heard from or by the old hub. */
  killHost(): void {
    for (const l of this.links) l.drop(false);
  }

  private forgetIdle(): void {
    for (let i = this.links.length - 1; i >= 0; i--) {
      const l = this.links[i]!;
      if (l.dead && l.up.length === 0 && l.down.length === 0) this.links.splice(i, 1);
    }
  }
}
