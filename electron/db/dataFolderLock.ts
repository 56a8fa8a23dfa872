import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HostError } from '../../shared/contract/HostError';
import { bilingual } from '../../shared/i18n/bilingual';

export const LOCK_FILE = 'cbmc-studio.lock';

/** Which program holds the folder, said in the refusal so the user knows what to close. */
export type ProcessKind = 'electron' | 'browser-host';

export interface LockHolder {
  pid: number;
  hostname: string;
  kind: ProcessKind;
  startedAt: string;
  /** Tells our own lock from one that replaced it, so release never removes another's. */
  token: string;
}

export interface DataFolderLock {
  readonly file: string;
  release(): void;
}

/** Another process holds the data folder; `holder` is what its lock file says. */
export class DataFolderInUse extends HostError {
  constructor(
    readonly folder: string,
    readonly holder: string,
  ) {
    super('unavailable', bilingual('hostFolderLocked', { folder, holder }));
  }
}

/** A lock file still empty after this long was left by a process that died while writing it. */
const HALF_WRITTEN_STALE_MS = 10_000;
const ATTEMPTS = 20;

/**
 * One writer per data folder: both hosts take this before opening the database. The lock is a file
 * created with O_EXCL holding pid, host name and kind. A lock whose pid is dead on this machine is
 * stale (kill -9, power cut) and taken over; a lock from another machine (a shared folder) is
 * always respected, since its pid cannot be checked from here.
 */
export function acquireDataFolderLock(dataDir: string, kind: ProcessKind): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    kind,
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (tryCreate(file, me)) return held(file, me.token);
    const raw = readOrNull(file);
    if (raw === null) continue; // released between our two calls: try again
    const holder = parseHolder(raw);
    if (holder ? isStale(holder) : isHalfWrittenStale(file)) {
      breakStale(file, raw);
      continue;
    }
    if (!holder) {
      sleep(50); // another process is writing its lock right now
      continue;
    }
    throw new DataFolderInUse(dataDir, describeHolder(holder));
  }
  throw new DataFolderInUse(dataDir, bilingual('hostFolderLockUnknown'));
}

function tryCreate(file: string, me: LockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    fs.writeSync(fd, JSON.stringify(me));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function held(file: string, token: string): DataFolderLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const raw = readOrNull(file);
    if (raw !== null && parseHolder(raw)?.token === token) fs.rmSync(file, { force: true });
  };
  // A normal exit (also process.exit after an error) frees the folder; kill -9 leaves a stale lock.
  process.on('exit', release);
  return { file, release };
}

/**
 * Moves the stale lock aside and checks that what was moved is what we judged stale: if another
 * process replaced it in between, its fresh lock is put back (link fails rather than overwrite).
 */
function breakStale(file: string, staleRaw: string): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // gone already
  }
  if (readOrNull(aside) !== staleRaw) {
    try {
      fs.linkSync(aside, file);
    } catch {
      /* a third process holds the folder now; ours will see its lock on the next attempt */
    }
  }
  fs.rmSync(aside, { force: true });
}

function isStale(h: LockHolder): boolean {
  return h.hostname === os.hostname() && !isAlive(h.pid);
}

function isHalfWrittenStale(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > HALF_WRITTEN_STALE_MS;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const h = JSON.parse(raw) as Partial<LockHolder>;
    return typeof h.pid === 'number' && typeof h.hostname === 'string' ? (h as LockHolder) : null;
  } catch {
    return null;
  }
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function describeHolder(h: LockHolder): string {
  const what = h.kind === 'electron' ? 'CBMC Studio' : 'npm run serve';
  return `${what}, pid ${h.pid} @ ${h.hostname}, ${h.startedAt}`;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
