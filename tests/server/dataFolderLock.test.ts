import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/createServices';
import { acquireDataFolderLock, LOCK_FILE } from '../../electron/db/dataFolderLock';
import { describeStartupError } from '../../electron/main/startupError';
import { tempDir } from '../helpers/tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'electron/server/cli.ts');
const started: ChildProcess[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const p of started.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  cleanups.splice(0).forEach((c) => c());
});

interface Run {
  proc: ChildProcess;
  /** Resolves with the URL once it serves, or with the exit code and output if it stops first. */
  outcome: Promise<{ url?: string; code?: number | null; output: string }>;
}

/** The real browser host CLI on `dir`, bound to 127.0.0.1 on a free port. */
function startCli(dir: string, extra: string[] = []): Run {
  const proc = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--data', dir, ...extra], {
    cwd: ROOT,
    env: { ...process.env, CBMC_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(proc);
  let output = '';
  const outcome = new Promise<{ url?: string; code?: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => resolve({ output: output + '\n(timed out)' }), 25_000);
    const onData = (c: Buffer) => {
      output += c.toString('utf8');
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], output });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
  return { proc, outcome };
}

function exited(p: ChildProcess): Promise<void> {
  return p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise((r) => p.once('exit', () => r()));
}

describe('one writer per data folder, with real processes', () => {
  it('refuses a second host on the same folder, naming the folder and the holder; after kill -9 a new one starts', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const first = startCli(t.dir);
    const one = await first.outcome;
    expect(one.url, one.output).toBeDefined();

    const second = await startCli(t.dir).outcome;
    expect(second.url).toBeUndefined();
    expect(second.code).not.toBe(0);
    expect(second.code).not.toBeNull();
    expect(second.output).toContain(t.dir);
    expect(second.output).toMatch(/กำลังถูกใช้โดยโปรแกรมอื่น/);
    expect(second.output).toMatch(/in use by another program/);
    expect(second.output).toContain(`pid ${first.proc.pid}`);
    // The first one still answers: it was not disturbed.
    const res = await fetch(`${one.url}/api/workshops.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);

    // kill -9 leaves its lock file behind; the pid is dead, so the next host takes the folder over.
    first.proc.kill('SIGKILL');
    await exited(first.proc);
    expect(fs.existsSync(path.join(t.dir, LOCK_FILE))).toBe(true);
    const third = startCli(t.dir);
    const three = await third.outcome;
    expect(three.url, three.output).toBeDefined();

    // A clean stop frees the folder.
    third.proc.kill('SIGTERM');
    await exited(third.proc);
    expect([third.proc.exitCode, third.proc.signalCode]).toEqual([0, null]);
    expect(fs.existsSync(path.join(t.dir, LOCK_FILE))).toBe(false);
  }, 90_000);

  it('refuses a non-loopback address without --allow-network, before touching the data folder', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const dir = path.join(t.dir, 'never-created');
    const run = await startCli(dir, ['--host', '0.0.0.0']).outcome;
    expect(run.url).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/--allow-network/);
    expect(fs.existsSync(dir)).toBe(false);
  }, 60_000);

  it('in one process too: a second set of services on a held folder is refused until the first closes', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const resourcesDir = path.join(ROOT, 'resources');
    const a = createServices({ dataDir: t.dir, resourcesDir, processKind: 'electron' });
    let refusal: unknown;
    try {
      createServices({ dataDir: t.dir, resourcesDir });
    } catch (e) {
      refusal = e;
    }
    expect(String(refusal)).toMatch(new RegExp(`CBMC Studio, pid ${process.pid}`));
    // What Electron's start-up dialog would say.
    const shown = describeStartupError(refusal, t.dir).content;
    expect(shown).toMatch(/^โฟลเดอร์ข้อมูลนี้กำลังถูกใช้โดยโปรแกรมอื่น/);
    expect(shown).toContain(t.dir);
    a.close();
    const b = createServices({ dataDir: t.dir, resourcesDir });
    b.close();
  });

  it('respects a lock from another machine on a shared folder, and takes over one left half-written long ago', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, LOCK_FILE);
    // Its pid cannot be checked from here, so it is never judged stale.
    fs.writeFileSync(
      file,
      JSON.stringify({ pid: 1, hostname: 'leaders-laptop', kind: 'electron', startedAt: '2026-11-30T01:00:00.000Z', token: 'x' }),
    );
    expect(() => acquireDataFolderLock(t.dir, 'browser-host')).toThrow(/pid 1 @ leaders-laptop/);
    expect(fs.existsSync(file)).toBe(true);

    // A process that died between creating the file and writing it leaves it empty.
    fs.writeFileSync(file, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    const lock = acquireDataFolderLock(t.dir, 'browser-host');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, kind: 'browser-host' });
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
  });
});
