import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder has that name',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is open in another program',
  ENAMETOOLONG: 'the file name is too long',
  EINVAL: 'the file name is not valid here',
};

const reasonOf = (err: unknown): string => {
  const e = err as NodeJS.ErrnoException;
  return (e.code && REASONS[e.code]) ?? e.message ?? String(err);
};

/**
 * Writes bytes to `dest` so that `dest` holds either its old content or the complete new file,
 * never half a file: the bytes go to a temporary file in the same folder (same disk, so the rename
 * is atomic), are flushed to disk, then renamed over `dest`. On any failure the temporary file is
 * removed and an Error "cannot write <dest>: <reason>" is thrown.
 */
export async function writeFileAtomically(dest: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(dest);
  // A short hidden name: appending to a long target name would pass the 255-byte limit.
  const tmp = path.join(path.dirname(target), `.cbmc.tmp-${randomBytes(6).toString('hex')}`);
  let created = false;
  try {
    const st = await fsp.stat(target).catch(() => null);
    if (st?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const fh = await fsp.open(tmp, 'wx');
    created = true;
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsp.rename(tmp, target);
    created = false;
  } catch (err) {
    if (created) await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw new Error(`cannot write ${target}: ${reasonOf(err)}`, { cause: err });
  }
}
