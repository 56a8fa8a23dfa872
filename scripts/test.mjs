// The one test command (README, CI): builds the renderer the browser tests load, runs every
// vitest file, then prints the plain "N passed, N failed" line alongside vitest's own summary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (build.status !== 0) process.exit(build.status ?? 1);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cbmc-test-')), 'vitest.json');
const result = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  console.log(`\n${json.numPassedTests} passed, ${json.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (json.numTotalTests === 0) process.exit(1);
} catch {
  console.log('\n0 passed, 1 failed (no test report was written)');
  process.exit(result.status || 1);
}
process.exit(result.status ?? 1);
