/** Not a test: writes one PDF of each kind to /tmp/pdfcheck for looking at. `npx tsx tests/pdf/render-samples.ts` */
import fs from 'node:fs';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { FONTS_DIR, LIBRARY, sampleDoc, emptyDoc } from './fixtures';

const out = process.argv[2] ?? '/tmp/pdfcheck';
fs.mkdirSync(out, { recursive: true });
const doc = sampleDoc(500);
const cbmc = Object.values(doc.boards).find((b) => b.templateId === 'cbmc-9')!;
const plan = Object.values(doc.boards).find((b) => b.templateId === 'operation-plan')!;
const jobs: [string, Parameters<typeof renderPdf>[0], typeof doc | null][] = [
  ['blank-cbmc9', { kind: 'blank', templateId: 'cbmc-9' }, null],
  ['blank-ksnb', { kind: 'blank', templateId: 'ksnb' }, null],
  ['blank-opplan', { kind: 'blank', templateId: 'operation-plan' }, null],
  ['blank-cbmc9-a3', { kind: 'blank', templateId: 'cbmc-9', paper: 'A3' }, null],
  ['board-cbmc9', { kind: 'board', boardId: cbmc.id }, doc],
  ['board-opplan', { kind: 'board', boardId: plan.id }, doc],
  ['step5', { kind: 'step', stepId: 's5', filled: true }, doc],
  ['pack', { kind: 'pack' }, doc],
  ['pack-en', { kind: 'pack', lang: 'en' }, doc],
  ['pack-empty', { kind: 'pack' }, emptyDoc()],
];
for (const [name, req, d] of jobs) {
  const t0 = performance.now();
  const buf = await renderPdf(req, d, LIBRARY, { fontsDir: FONTS_DIR });
  fs.writeFileSync(`${out}/${name}.pdf`, buf);
  console.log(name, buf.length, Math.round(performance.now() - t0), 'ms');
}
