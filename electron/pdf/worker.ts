/**
 * Worker-thread entry: renders one PDF off the main thread and posts progress, then the bytes.
 * Bundled on its own to dist-electron/pdf-worker.cjs; run from source through renderInWorker.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderPdf } from './renderPdf';
import type { WorkerJob, WorkerMessage } from './workerProtocol';

const port = parentPort;
if (port) {
  const job = workerData as WorkerJob;
  const send = (m: WorkerMessage, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
  renderPdf(job.req, job.doc, job.library, {
    fontsDir: job.fontsDir,
    now: job.now ? new Date(job.now) : undefined,
    onProgress: (done, total) => send({ type: 'progress', done, total }),
  }).then(
    (buf) => {
      // Hand the bytes over without copying when the Buffer owns its whole ArrayBuffer.
      const whole = buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;
      const bytes = whole ? new Uint8Array(buf.buffer, 0, buf.byteLength) : new Uint8Array(buf);
      send({ type: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
    },
    (err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
}
