/**
 * Worker-thread entry: renders one PDF off the main thread into the file it was given, posting
 * progress, then "done". Bundled on its own to dist-electron/pdf-worker.cjs; run from source
 * through renderInWorker.ts.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { renderPdfTo } from './renderPdf';
import type { WorkerJob, WorkerMessage } from './workerProtocol';

const port = parentPort;
if (port) {
  const job = workerData as WorkerJob;
  const send = (m: WorkerMessage) => port.postMessage(m);
  renderPdfTo(fs.createWriteStream(job.outFile), job.req, job.doc, job.library, {
    fontsDir: job.fontsDir,
    now: job.now ? new Date(job.now) : undefined,
    onProgress: (done, total) => send({ type: 'progress', done, total }),
  }).then(
    () => send({ type: 'done' }),
    (err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
}
