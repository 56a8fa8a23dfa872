import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfRequestInput } from '../../shared/contract/pdfRequest';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Library } from '../../shared/templates/Library';
import type { WorkerJob, WorkerMessage } from './workerProtocol';
import { bilingual } from '../../shared/i18n/bilingual';

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
  /** The worker's heap limit; a PDF that needs more fails with a clear message, the host lives on. */
  memoryLimitMb?: number;
}

/** Enough for a pack of several thousand notes; two jobs at once stay well inside a laptop's memory. */
export const PDF_MEMORY_LIMIT_MB = 1024;

/** worker.ts beside this module, when this module runs from source (not from a CJS bundle). */
function defaultWorkerFile(): string | undefined {
  const url = (import.meta as { url?: string }).url;
  return typeof url === 'string' ? path.join(path.dirname(fileURLToPath(url)), 'worker.ts') : undefined;
}

/**
 * A TypeScript entry cannot be started with execArgv ['--import', 'tsx'] on Node 20 (the entry
 * loads before the hooks), so a tiny evaluated bootstrap loads it through tsx's tsImport API.
 */
function startWorker(file: string, job: WorkerJob, memoryLimitMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryLimitMb };
  if (!/\.[cm]?tsx?$/.test(file)) return new Worker(file, { workerData: job, resourceLimits });
  const req = createRequire(pathToFileURL(file).href);
  const pkg = req.resolve('tsx/package.json');
  const api = pathToFileURL(path.join(path.dirname(pkg), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(file).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { eval: true, workerData: job, resourceLimits });
}

/**
 * renderPdf in a worker thread, so the Electron main process and the HTTP host keep answering
 * (and can show progress) while a large pack is drawn. The worker writes the PDF to `outFile`
 * as it goes; on failure the partial file is removed.
 */
export function renderPdfToFileInWorker(
  req: PdfRequestInput,
  doc: WorkshopDoc | null,
  library: Library,
  outFile: string,
  opts: WorkerRenderOptions,
): Promise<void> {
  const file = opts.workerFile ?? defaultWorkerFile();
  if (!file) return Promise.reject(new Error('PDF worker file not given (workerFile) and cannot be found from this bundle'));
  const job: WorkerJob = { req, doc, library, fontsDir: opts.fontsDir, outFile, now: opts.now?.toISOString() };
  const limit = opts.memoryLimitMb ?? PDF_MEMORY_LIMIT_MB;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const worker = startWorker(file, job, limit);
    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().finally(() => {
        if (err) fs.rm(outFile, { force: true }, () => reject(err));
        else resolve();
      });
    };
    const timer = setTimeout(() => finish(new Error('PDF export took too long and was stopped')), opts.timeoutMs ?? 5 * 60_000);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(null);
      else finish(new Error(m.message));
    });
    worker.on('error', (e: Error & { code?: string }) =>
      finish(
        new Error(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? bilingual('hostPdfOutOfMemory', { mb: limit }) : `PDF worker failed: ${e.message}`,
        ),
      ),
    );
    worker.on('exit', (code) => finish(new Error(`PDF worker stopped unexpectedly (exit code ${code})`)));
  });
}

/** renderPdfToFileInWorker, handing back the bytes (tests, benchmarks). */
export async function renderPdfInWorker(
  req: PdfRequestInput,
  doc: WorkshopDoc | null,
  library: Library,
  opts: WorkerRenderOptions,
): Promise<Buffer> {
  const outFile = path.join(os.tmpdir(), `cbmc-pdf-${process.pid}-${randomBytes(6).toString('hex')}.pdf`);
  await renderPdfToFileInWorker(req, doc, library, outFile, opts);
  try {
    return await fs.promises.readFile(outFile);
  } finally {
    await fs.promises.rm(outFile, { force: true });
  }
}
