import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfRequestInput } from '../../shared/contract/pdfRequest';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Library } from '../../shared/templates/Library';
import type { WorkerJob, WorkerMessage } from './workerProtocol';

export interface WorkerRenderOptions {
  fontsDir: string;
  onProgress?: (done: number, total: number) => void;
  /**
   * The worker entry: the bundled dist-electron/pdf-worker.cjs in the app, or electron/pdf/worker.ts
   * when running from source (tsx, vitest). Defaults to worker.ts next to this file.
   */
  workerFile?: string;
  now?: Date;
  /** Gives up (and stops the worker) after this long; default 5 minutes. */
  timeoutMs?: number;
}

/** worker.ts beside this module, when this module runs from source (not from a CJS bundle). */
function defaultWorkerFile(): string | undefined {
  const url = (import.meta as { url?: string }).url;
  return typeof url === 'string' ? path.join(path.dirname(fileURLToPath(url)), 'worker.ts') : undefined;
}

/**
 * A TypeScript entry cannot be started with execArgv ['--import', 'tsx'] on Node 20 (the entry
 * loads before the hooks), so a tiny evaluated bootstrap loads it through tsx's tsImport API.
 */
function startWorker(file: string, job: WorkerJob): Worker {
  if (!/\.[cm]?tsx?$/.test(file)) return new Worker(file, { workerData: job });
  const req = createRequire(pathToFileURL(file).href);
  const pkg = req.resolve('tsx/package.json');
  const api = pathToFileURL(path.join(path.dirname(pkg), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(file).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { eval: true, workerData: job });
}

/**
 * renderPdf in a worker thread, so the Electron main process and the HTTP host keep answering
 * (and can show progress) while a large pack is drawn.
 */
export function renderPdfInWorker(req: PdfRequestInput, doc: WorkshopDoc | null, library: Library, opts: WorkerRenderOptions): Promise<Buffer> {
  const file = opts.workerFile ?? defaultWorkerFile();
  if (!file) return Promise.reject(new Error('PDF worker file not given (workerFile) and cannot be found from this bundle'));
  const job: WorkerJob = { req, doc, library, fontsDir: opts.fontsDir, now: opts.now?.toISOString() };
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    const worker = startWorker(file, job);
    const finish = (err: Error | null, bytes?: Buffer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (err) reject(err);
      else resolve(bytes!);
    };
    const timer = setTimeout(() => finish(new Error('PDF export took too long and was stopped')), opts.timeoutMs ?? 5 * 60_000);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(null, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
      else finish(new Error(m.message));
    });
    worker.on('error', (e) => finish(new Error(`PDF worker failed: ${e.message}`)));
    worker.on('exit', (code) => finish(new Error(`PDF worker stopped unexpectedly (exit code ${code})`)));
  });
}
