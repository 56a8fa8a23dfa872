import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { BackupJob, JobAnswer, WorkerAnswer, WorkerInput } from './backupJobs';
import { makeBackupInThread } from './backupTasks';

export interface WorkerOptions {
  /** The worker entry; found beside this module (source) or beside the bundle (dist-electron). */
  workerFile?: string;
  /** Electron's build of better-sqlite3, when the worker must load that one. */
  nativeBinding?: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT = 5 * 60_000;

/** Runs a job in a worker thread; the calling thread keeps answering requests meanwhile. */
export function runJob<K extends BackupJob['kind']>(job: Extract<BackupJob, { kind: K }>, opts: WorkerOptions = {}): Promise<JobAnswer<K>> {
  const { worker, port } = start(job, opts);
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (a: WorkerAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      port.close();
      void worker.terminate();
      if (a.ok) resolve(a.value as JobAnswer<K>);
      else reject(new Error(a.message));
    };
    const timer = setTimeout(
      () => finish({ ok: false, message: 'the backup took too long and was stopped' }),
      opts.timeoutMs ?? DEFAULT_TIMEOUT,
    );
    port.on('message', finish);
    worker.on('error', (e) => finish({ ok: false, message: `backup worker failed: ${e.message}` }));
    worker.on('exit', () => {
      // The answer may still be queued on the port: read it before calling this a crash.
      const queued = receiveMessageOnPort(port);
      finish(queued ? (queued.message as WorkerAnswer) : { ok: false, message: 'the backup worker stopped unexpectedly' });
    });
  });
}

/**
 * A backup in the worker, waited for by blocking this thread. Only for start-up and quit, when
 * nothing is being served: it lets the backup before migrations and the one at quit happen without
 * turning start-up and shutdown asynchronous. Where this thread may not block on a worker
 * (Atomics.wait refused), the same backup runs here instead, with VACUUM INTO.
 */
export function runBackupSync(job: Extract<BackupJob, { kind: 'backup' }>, opts: WorkerOptions = {}): JobAnswer<'backup'> {
  if (!canBlock()) return makeBackupInThread(job, opts.nativeBinding);
  const { worker, port, signal } = start(job, opts);
  try {
    const waited = Atomics.wait(signal, 0, 0, opts.timeoutMs ?? DEFAULT_TIMEOUT);
    const received = receiveMessageOnPort(port);
    if (waited === 'timed-out' || !received) throw new Error('the backup took too long and was stopped');
    const a = received.message as WorkerAnswer;
    if (!a.ok) throw new Error(a.message);
    return a.value as JobAnswer<'backup'>;
  } finally {
    port.close();
    void worker.terminate();
  }
}

/** Browsers' main threads, and some embedders', refuse Atomics.wait with a TypeError. */
function canBlock(): boolean {
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
    return true;
  } catch {
    return false;
  }
}

function start(job: BackupJob, opts: WorkerOptions): { worker: Worker; port: MessagePort; signal: Int32Array } {
  const file = opts.workerFile ?? defaultWorkerFile();
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { job, nativeBinding: opts.nativeBinding, signal, port: port2 };
  const worker = startWorker(file, input, [port2]);
  worker.unref();
  return { worker, port: port1, signal };
}

function defaultWorkerFile(): string {
  const url = (import.meta as { url?: string }).url;
  if (typeof url === 'string') return path.join(path.dirname(fileURLToPath(url)), 'backupWorker.ts');
  // Bundled into dist-electron/main.cjs: the worker is bundled beside it.
  return path.join(__dirname, 'backup-worker.cjs');
}

/** A TypeScript entry (running from source) is loaded through tsx's API, as the PDF worker is. */
function startWorker(file: string, input: WorkerInput, transferList: MessagePort[]): Worker {
  if (!/\.[cm]?tsx?$/.test(file)) return new Worker(file, { workerData: input, transferList });
  const req = createRequire(pathToFileURL(file).href);
  const api = pathToFileURL(path.join(path.dirname(req.resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(file).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { eval: true, workerData: input, transferList });
}
