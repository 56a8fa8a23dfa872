import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
type Filter = (file: string, stat: fs.Stats) => boolean;
// electron-builder's own matcher, so the test selects files exactly as packaging will.
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => { createFilter(): Filter };
};

/** True for files under `root` that these patterns (files, asarUnpack …) select, as electron-builder decides. */
export function builderMatcher(root: string, patterns: string[]): (relativeFile: string) => boolean {
  const filter = new FileMatcher(root, root, (s) => s, patterns).createFilter();
  return (rel) => {
    const abs = path.join(root, rel);
    return filter(abs, fs.statSync(abs));
  };
}

/** Every file under `dir` (relative to `root`, with forward slashes), following the tree. */
export function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return out;
}

/** Width and height from a PNG's header. */
export function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  if (b.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
