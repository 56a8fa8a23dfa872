import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { SyncClient } from '../../shared/room/SyncClient';
import type { RoomTransport } from '../../shared/room/syncTypes';

/**
 * Room clients for the benchmarks over `ws` on loopback: SyncClient (the pages' own) for the
 * round trip, the raw protocol (hello → welcome) for holding connections open. They run in a
 * worker thread (roomClientsWorker.ts), so the host's heap in the main thread is measured alone.
 */
export interface RttJob {
  kind: 'rtt';
  socketUrl: string;
  clients: number;
  batches: number;
  /** Note ids, one per client, each client moving its own note. */
  noteIds: string[];
  /** Upper bound for the whole run. */
  timeoutMs: number;
}

export interface ConnectJob {
  kind: 'connect';
  socketUrl: string;
  clients: number;
  timeoutMs: number;
}

interface Client {
  id: string;
  ws: WebSocket;
  welcomed: Promise<void>;
  committed: Map<number, () => void>;
}

function connect(socketUrl: string, i: number, onPatch: (entries: Array<{ clientId: string; clientSeq: number }>) => void): Client {
  const id = `bench-${process.pid}-${i}-${Math.random().toString(36).slice(2, 10)}`;
  const ws = new WebSocket(socketUrl, { perMessageDeflate: false });
  const committed = new Map<number, () => void>();
  const welcomed = new Promise<void>((resolve, reject) => {
    ws.once('open', () => ws.send(JSON.stringify({ t: 'hello', protocol: 1, clientId: id, name: `ผู้เข้าร่วม ${i + 1}`, lastSeq: null })));
    ws.once('error', reject);
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as {
        t: string;
        entries?: Array<{ clientId: string; clientSeq: number }>;
        clientSeq?: number;
        action?: string;
      };
      if (msg.t === 'welcome') resolve();
      else if (msg.t === 'patch') onPatch(msg.entries ?? []);
      else if (msg.t === 'push_result') {
        if (msg.action !== 'commit') reject(new Error(`batch refused: ${JSON.stringify(msg)}`));
        committed.get(msg.clientSeq!)?.();
      }
    });
  });
  return { id, ws, welcomed, committed };
}

/** SyncClient's transport over a Node `ws` socket (the page's is the browser's WebSocket). */
export function nodeWsTransport(url: string): RoomTransport {
  let ws: WebSocket | null = null;
  return {
    open(h) {
      ws = new WebSocket(url, { perMessageDeflate: false });
      ws.on('open', () => h.onOpen());
      ws.on('message', (data) => h.onMessage(String(data)));
      ws.on('close', (code) => h.onClose(code));
      ws.on('error', () => undefined); // 'close' follows
    },
    send: (data) => ws?.send(data),
    close: () => ws?.close(),
  };
}

const noteText = (seq: number) => `ย้ายครั้งที่ ${seq}`;

/**
 * Each of `clients` SyncClients (the page's own room client, over `ws`) sends `batches` one-op
 * batches, each moving its own note and waiting for the host's commit, paced like a very busy room
 * (below). Returns, per batch, the ms from push until every other client's SyncClient has applied
 * it (its view shows the note at that batch or later).
 */
export async function runRtt(job: RttJob): Promise<number[]> {
  const n = job.clients;
  const sentAt: number[][] = Array.from({ length: n }, () => []);
  const appliedBy: number[][] = Array.from({ length: n }, () => []);
  /** seenUpTo[j][i]: the last batch of client i that client j's view has shown. */
  const seenUpTo: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  /** The note record each client's view last showed per client: unchanged records need no reading. */
  const lastRecord: unknown[][] = Array.from({ length: n }, () => new Array<unknown>(n).fill(null));
  const rtts: number[] = [];
  const syncs: SyncClient[] = [];
  const welcomed: Array<Promise<void>> = [];
  /** Per client, resolved when its view has nothing pending (its last batch committed). */
  const settled: Array<(() => void) | null> = new Array(n).fill(null);
  for (let j = 0; j < n; j++) {
    let ready!: () => void;
    welcomed.push(new Promise((r) => (ready = r)));
    syncs.push(
      new SyncClient({
        clientId: `bench-${process.pid}-${j}-${Math.random().toString(36).slice(2, 10)}`,
        name: `ผู้เข้าร่วม ${j + 1}`,
        storage: null,
        connect: () => nodeWsTransport(job.socketUrl),
        onView: (view) => {
          if (!view.doc) return;
          if (view.status === 'live') ready();
          if (view.pending === 0 && settled[j]) {
            settled[j]!();
            settled[j] = null;
          }
          const now = performance.now();
          for (let i = 0; i < n; i++) {
            const record = view.doc.notes[job.noteIds[i]!];
            if (i === j || record === lastRecord[j]![i]) continue;
            lastRecord[j]![i] = record;
            const m = /^ย้ายครั้งที่ (\d+)$/.exec(record?.text ?? '');
            const shown = m ? Number(m[1]) : 0;
            for (let seq = seenUpTo[j]![i]! + 1; seq <= shown; seq++) {
              appliedBy[i]![seq] = (appliedBy[i]![seq] ?? 0) + 1;
              if (appliedBy[i]![seq] === n - 1 && sentAt[i]![seq] !== undefined) rtts.push(now - sentAt[i]![seq]!);
            }
            if (shown > seenUpTo[j]![i]!) seenUpTo[j]![i] = shown;
          }
        },
        onDiscard: (_ops, refusal) => {
          throw new Error(`batch refused: ${refusal.message}`);
        },
        onNotice: () => undefined,
      }),
    );
  }
  const deadline = Date.now() + job.timeoutMs;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    await Promise.race([Promise.all(welcomed), sleep(job.timeoutMs).then(() => Promise.reject(new Error('not welcomed in time')))]);
    await Promise.all(
      syncs.map(async (c, i) => {
        for (let seq = 1; seq <= job.batches && Date.now() < deadline; seq++) {
          const committed = new Promise<void>((r) => (settled[i] = r));
          sentAt[i]![seq] = performance.now();
          c.push([{ type: 'note.patch', id: job.noteIds[i]!, patch: { x: 40 + ((seq * 7) % 200), text: noteText(seq) } }]);
          await Promise.race([committed, sleep(Math.max(0, deadline - Date.now()))]);
          // A very busy room: each person drops a note or finishes an edit every 150–350 ms (about
          // 120 batches a second from 30 people), not in lockstep with the others.
          await sleep(150 + ((i * 37 + seq * 61) % 200));
        }
      }),
    );
    // The last patches may still be on their way to the slowest client.
    while (rtts.length < n * job.batches && Date.now() < deadline) await sleep(10);
  } finally {
    for (const c of syncs) c.stop();
  }
  if (rtts.length < n * job.batches) throw new Error(`only ${rtts.length} of ${n * job.batches} batches reached everyone in time`);
  return rtts;
}

/** Connects `clients` participants and keeps them until told to stop. */
export async function holdClients(job: ConnectJob): Promise<{ stop(): void }> {
  const clients = Array.from({ length: job.clients }, (_, i) => connect(job.socketUrl, i, () => undefined));
  const timer = setTimeout(() => undefined, job.timeoutMs);
  await Promise.all(clients.map((c) => c.welcomed));
  return {
    stop() {
      clearTimeout(timer);
      for (const c of clients) c.ws.terminate();
    },
  };
}
