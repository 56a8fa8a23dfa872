// Bundles the Electron side: main (Node, dependencies left in node_modules), the sandboxed preload
// (self-contained: a sandboxed preload can only require 'electron'), the PDF worker and the backup worker.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');
mkdirSync(outdir, { recursive: true });

const node = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};

// Main and worker: node_modules stay external (native better-sqlite3, pdfkit/fontkit data files);
// electron-builder ships the production dependencies beside the bundle.
const jobs = [
  { ...node, entryPoints: ['electron/main/main.ts'], outfile: path.join(outdir, 'main.cjs'), packages: 'external' },
  {
    ...node,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    external: ['electron'],
    metafile: true,
  },
];
if (existsSync(path.join(root, 'electron/pdf/worker.ts'))) {
  jobs.push({ ...node, entryPoints: ['electron/pdf/worker.ts'], outfile: path.join(outdir, 'pdf-worker.cjs'), packages: 'external' });
}

// The backup worker: copies and checks backups off the main thread (electron/backup/runBackupJob.ts).
jobs.push({
  ...node,
  entryPoints: ['electron/backup/backupWorker.ts'],
  outfile: path.join(outdir, 'backup-worker.cjs'),
  packages: 'external',
});

let results;
try {
  results = await Promise.all(jobs.map((job) => build(job)));
} catch {
  process.exit(1); // esbuild has already printed the errors
}

// The preload runs inside the page's sandbox: it must not drag in npm packages (zod) or the schemas.
const preloadInputs = Object.keys(results[1].metafile.inputs);
const leaked = preloadInputs.filter((f) => f.includes('node_modules') || (f.startsWith('shared/') && !f.startsWith('shared/contract/')));
const schemas = preloadInputs.filter((f) => f === 'shared/contract/contract.ts');
if (leaked.length > 0 || schemas.length > 0) {
  console.error('preload bundle pulls in more than it should:', [...leaked, ...schemas]);
  process.exit(1);
}

for (const job of jobs) console.log(`built ${path.relative(root, job.outfile)}`);
