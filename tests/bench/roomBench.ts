import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { SyncClient } from '../../shared/room/SyncClient';
import { createServices, type Services } from '../../electron/services/createServices';
import { tempDir } from '../helpers/tempDir';
import { percentile } from './frames';
import { seedWorkshop } from './seed';
import { nodeWsTransport, type ConnectJob, type RttJob } from './roomClients';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A host with rooms enabled on a fresh SQLite file, listening on loopback only. */
export function roomHost(): { services: Services; cleanup(): void } {
  const t = tempDir('cbmc-bench-room-');
  const services = createServices({
    dataDir: t.dir,
    resourcesDir: path.join(ROOT, 'resources'),
    room: { staticDir: path.join(ROOT, 'dist/renderer'), bindHost: '127.0.0.1', facilitatorOrigins: [] },
  });
  return {
    services,
    cleanup() {
      services.close();
      t.cleanup();
    },
  };
}

/** The clients run in a worker thread (TypeScript loaded through tsx, as the PDF worker does from source). */
function clientsWorker(job: RttJob | ConnectJob): Worker {
  const file = path.join(import.meta.dirname, 'roomClientsWorker.ts');
  const req = createRequire(pathToFileURL(file).href);
  const api = pathToFileURL(path.join(path.dirname(req.resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(file).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { eval: true, workerData: job });
}

function firstMessage<T>(w: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    w.once('message', (m: { ok: boolean; error?: string }) => (m.ok ? resolve(m as T) : reject(new Error(m.error))));
    w.once('error', reject);
  });
}

/**
 * room_rtt_p95_30: 30 participants on loopback against a real RoomServer + hub + SQLite file, each
 * sending 50 one-op batches (a note moved, 150–350 ms apart, each after the previous one was
 * committed); per batch, ms from push until every other client's SyncClient has applied it.
 */
export async function benchRoomRtt(clients = 30, batches = 50): Promise<number> {
  const host = roomHost();
  try {
    const seeded = await seedWorkshop(host.services, clients);
    const room = await host.services['room.open']({ workshopId: seeded.workshopId as never });
    const noteIds = Array.from({ length: clients }, (_, i) => `n${i}`);
    const w = clientsWorker({ kind: 'rtt', socketUrl: room.facilitatorSocketUrl, clients, batches, noteIds, timeoutMs: 120_000 });
    const { rtts } = await firstMessage<{ rtts: number[] }>(w);
    await w.terminate();
    return percentile(rtts, 95);
  } finally {
    await host.services['room.close']({});
    host.cleanup();
  }
}

/** Two full collections, so what is left is what is still held. */
function gc(): void {
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc') as () => void;
  collect();
  collect();
}

/**
 * room_mem_per_client_kb: host heap growth (after full collections) per connected, welcomed
 * participant on a 2,000-note workshop. Three steps of 50 participants each; the figure is the median
 * step divided by 50, so one collection that happens to free something else cannot make it.
 */
export async function benchRoomMemory(step = 50, steps = 3): Promise<number> {
  const host = roomHost();
  const workers: Worker[] = [];
  try {
    const seeded = await seedWorkshop(host.services, 2000);
    const room = await host.services['room.open']({ workshopId: seeded.workshopId as never });
    const join = async (clients: number) => {
      const w = clientsWorker({ kind: 'connect', socketUrl: room.facilitatorSocketUrl, clients, timeoutMs: 60_000 });
      workers.push(w);
      await firstMessage(w);
      await new Promise((r) => setTimeout(r, 200));
      gc();
      return process.memoryUsage().heapUsed;
    };
    // One participant first, so the document and the hub's first-join costs are not counted per client.
    let before = await join(1);
    const perClient: number[] = [];
    for (let i = 0; i < steps; i++) {
      const after = await join(step);
      perClient.push((after - before) / step / 1024);
      before = after;
    }
    return percentile(perClient, 50);
  } finally {
    for (const w of workers) w.postMessage('stop');
    await Promise.all(workers.map((w) => w.terminate()));
    await host.services['room.close']({});
    host.cleanup();
  }
}

/**
 * room_welcome_2000: a participant joining a 2,000-note workshop, in Node: from the socket being
 * opened (SyncClient created with a `ws` transport) until its view holds the whole document
 * (welcome received, parsed and applied). Not the painted page in a browser: see the README.
 */
export async function benchRoomWelcome(runs = 5): Promise<number> {
  const host = roomHost();
  try {
    const seeded = await seedWorkshop(host.services, 2000);
    const room = await host.services['room.open']({ workshopId: seeded.workshopId as never });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      let client: SyncClient | null = null;
      const t0 = performance.now();
      const notes = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no welcome within 30 s')), 30_000);
        client = new SyncClient({
          clientId: `bench-join-${i}-${process.pid}`,
          name: 'ผู้เข้าร่วม',
          storage: null,
          connect: () => nodeWsTransport(room.facilitatorSocketUrl),
          onView: (view) => {
            if (!view.doc || view.status !== 'live') return;
            clearTimeout(timer);
            resolve(Object.keys(view.doc.notes).length);
          },
          onDiscard: () => undefined,
          onNotice: (r) => reject(new Error(r.message)),
        });
      });
      times.push(performance.now() - t0);
      (client as SyncClient | null)?.stop();
      if (notes < 2000) throw new Error(`the participant got ${notes} notes`);
    }
    return percentile(times, 50);
  } finally {
    await host.services['room.close']({});
    host.cleanup();
  }
}
