import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * Room clients for the benchmarks, speaking the raw protocol (hello, push; welcome, patch,
 * push_result) over `ws` on loopback. They run in a worker thread (roomClientsWorker.ts), so the
 * host's heap and event loop in the main thread are measured without the clients in them.
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
      const msg = JSON.parse(String(data)) as { t: string; entries?: Array<{ clientId: string; clientSeq: number }>; clientSeq?: number; action?: string };
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

/** Each client sends `batches` one-op batches, paced like a busy person; returns, per batch, the ms until every other client had it. */
export async function runRtt(job: RttJob): Promise<number[]> {
  const sentAt = new Map<string, number>();
  const seenBy = new Map<string, number>();
  const rtts: number[] = [];
  const clients: Client[] = [];
  for (let i = 0; i < job.clients; i++) {
    clients.push(
      connect(job.socketUrl, i, (entries) => {
        const now = performance.now();
        for (const e of entries) {
          const key = `${e.clientId}#${e.clientSeq}`;
          const n = (seenBy.get(key) ?? 0) + 1;
          seenBy.set(key, n);
          if (n === job.clients - 1) rtts.push(now - sentAt.get(key)!);
        }
      }),
    );
  }
  const deadline = Date.now() + job.timeoutMs;
  try {
    await Promise.all(clients.map((c) => c.welcomed));
    await Promise.all(
      clients.map(async (c, i) => {
        for (let seq = 1; seq <= job.batches && Date.now() < deadline; seq++) {
          const done = new Promise<void>((r) => c.committed.set(seq, r));
          sentAt.set(`${c.id}#${seq}`, performance.now());
          const ops = [{ type: 'note.patch', id: job.noteIds[i], patch: { x: 40 + ((seq * 7) % 200), text: `ย้ายครั้งที่ ${seq}` } }];
          c.ws.send(JSON.stringify({ t: 'push', clientSeq: seq, ops }));
          await done;
          // A busy person: a drag or an edit every 30–90 ms, not in lockstep with the others.
          await new Promise((r) => setTimeout(r, 30 + ((i * 17 + seq * 31) % 60)));
        }
      }),
    );
    // The last patches may still be on their way to the slowest client.
    const want = job.clients * job.batches;
    while (rtts.length < want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  } finally {
    for (const c of clients) c.ws.terminate();
  }
  if (rtts.length < job.clients * job.batches) throw new Error(`only ${rtts.length} of ${job.clients * job.batches} batches reached everyone in time`);
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
