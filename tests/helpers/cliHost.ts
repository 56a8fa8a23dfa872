import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'electron/server/cli.ts');

export interface CliHost {
  proc: ChildProcess;
  url: string;
  /** Everything the host has printed so far (stdout and stderr). */
  output(): string;
  /** Calls a contract channel the way the page does; resolves with the HTTP status and the Result. */
  call(
    channel: string,
    body: unknown,
  ): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }>;
}

/** The real browser host CLI (`node --import tsx electron/server/cli.ts`) on `dir`, on 127.0.0.1; `args` are added (e.g. --room). */
export async function startCliHost(dir: string, port = 0, args: string[] = []): Promise<CliHost> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', String(port), '--data', dir, ...args], {
    cwd: ROOT,
    env: { ...process.env, CBMC_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start:\n${output}`)), 25_000);
    const onData = (c: Buffer) => {
      output += c.toString('utf8');
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host stopped (${code}):\n${output}`));
    });
  });
  return {
    proc,
    url,
    output: () => output,
    async call(channel, body) {
      const res = await fetch(`${url}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
  };
}

/** kill -9, and wait until the process is gone. */
export async function killHard(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const gone = new Promise<void>((r) => p.once('exit', () => r()));
  p.kill('SIGKILL');
  await gone;
}
