/**
 * Not a test: pdf_pack_500 = ms to export the whole-workshop pack (11 steps) of a workshop with
 * 500 notes. `npx tsx tests/pdf/bench-pack.ts [workerFile]` prints in-process and worker timings.
 */
import { renderPdf } from '../../electron/pdf/renderPdf';
import { renderPdfInWorker } from '../../electron/pdf/renderInWorker';
import { FONTS_DIR, LIBRARY, sampleDoc } from './fixtures';

const doc = sampleDoc(500);
const notes = Object.keys(doc.notes).length;
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  await renderPdf({ kind: 'pack' }, doc, LIBRARY, { fontsDir: FONTS_DIR });
  times.push(Math.round(performance.now() - t0));
}
console.log(`in-process, ${notes} notes: cold ${times[0]} ms, warm ${times.slice(1).join(' / ')} ms`);
for (const workerFile of [undefined, ...process.argv.slice(2)]) {
  const t0 = performance.now();
  await renderPdfInWorker({ kind: 'pack' }, doc, LIBRARY, { fontsDir: FONTS_DIR, workerFile });
  console.log(`worker ${workerFile ?? 'worker.ts (tsx)'}: ${Math.round(performance.now() - t0)} ms (includes starting the worker)`);
}
