import fs from 'node:fs';

/** Flushes a file (or a folder's entries) to the disk; folders cannot be synced on Windows, which is fine. */
export function fsyncPath(p: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* best effort for folders */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function removeWithSideFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}
