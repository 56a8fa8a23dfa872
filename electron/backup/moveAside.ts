import fs from 'node:fs';
import path from 'node:path';

/**
 * Renames a damaged database, with its -wal and -shm, to `<name>.damaged-<time>` in the same
 * folder. Nothing inside the files changes, so they can still be examined or rescued by hand.
 * Returns the new paths.
 */
export function moveAside(file: string, at: Date): string[] {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  const dir = path.dirname(file);
  const base = path.basename(file, '.sqlite');
  const moved: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    const from = file + suffix;
    if (!fs.existsSync(from)) continue;
    const to = path.join(dir, `${base}.damaged-${stamp}.sqlite${suffix}`);
    fs.renameSync(from, to);
    moved.push(to);
  }
  return moved;
}
