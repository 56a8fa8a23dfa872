import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileSource, ensureBinding, prebuiltSource, type BindingSource, type BuildTarget } from '../../scripts/electronBinding';
import { tempDir } from '../helpers/tempDir';

const ELECTRON: BuildTarget = { runtime: 'electron', version: '40.9.3', abi: 143, platform: 'linux', arch: 'x64' };

/** Stands in for a compiled addon: all the ABI check reads is the registration symbol's name. */
const fakeAddon = (abi: number) => `\x7fELF....node_register_module_v${abi}\0....`;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
  vi.unstubAllEnvs();
});
function temp() {
  const t = tempDir('cbmc-ensure-');
  cleanups.push(t.cleanup);
  return t.dir;
}
function source(name: string, produce: (staging: string) => void): BindingSource & { calls: number } {
  const s = { name, calls: 0, produce: (staging: string) => (s.calls++, produce(staging)) };
  return s;
}
function writeBuilt(staging: string, abi: number) {
  fs.mkdirSync(path.join(staging, 'build', 'Release'), { recursive: true });
  fs.writeFileSync(path.join(staging, 'build', 'Release', 'better_sqlite3.node'), fakeAddon(abi));
}

describe('ensuring the Electron binding in its cache folder', () => {
  it('keeps a cached binding of the right version without fetching anything', () => {
    const cacheFile = path.join(temp(), 'electron-40.9.3-linux-x64', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, fakeAddon(143));
    const fetch = source('fetch', (s) => writeBuilt(s, 143));
    expect(ensureBinding(cacheFile, ELECTRON, [fetch])).toEqual({ file: cacheFile, fresh: false });
    expect(fetch.calls).toBe(0);
  });

  it('replaces a cached binding built for another runtime, falling back to the next source when one fails', () => {
    const dir = temp();
    const cacheFile = path.join(dir, 'better_sqlite3.node');
    fs.writeFileSync(cacheFile, fakeAddon(115));
    const offline = source('download', () => {
      throw new Error('getaddrinfo ENOTFOUND');
    });
    const compile = source('compile', (s) => writeBuilt(s, 143));
    expect(ensureBinding(cacheFile, ELECTRON, [offline, compile])).toEqual({ file: cacheFile, fresh: true });
    expect(fs.readFileSync(cacheFile, 'latin1')).toContain('node_register_module_v143');
    expect(offline.calls).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['better_sqlite3.node']); // no staging folders or partial files left
  });

  it('refuses a binary made for the wrong runtime and says which version it got', () => {
    const dir = temp();
    const cacheFile = path.join(dir, 'sub', 'better_sqlite3.node');
    const forNode = source('compile', (s) => writeBuilt(s, 115));
    expect(() => ensureBinding(cacheFile, ELECTRON, [forNode])).toThrow('compile: it made a binary for NODE_MODULE_VERSION 115, not 143');
    expect(fs.existsSync(cacheFile)).toBe(false);
    expect(fs.readdirSync(path.dirname(cacheFile))).toEqual([]);
  });

  it('reports every way it tried when none works', () => {
    const cacheFile = path.join(temp(), 'better_sqlite3.node');
    const nothing = source('download', () => {});
    const broken = source('compile', () => {
      throw new Error('no C++ compiler');
    });
    expect(() => ensureBinding(cacheFile, ELECTRON, [nothing, broken])).toThrow(
      /download: it left no better_sqlite3\.node\ncompile: no C\+\+ compiler/,
    );
  });
});

describe('the real sources, run with stand-in tools', () => {
  /** A stand-in for node-gyp / prebuild-install: records its arguments and builds for the ABI it is pointed at. */
  function fakeTool(dir: string): string {
    const file = path.join(dir, 'fake-tool.cjs');
    fs.writeFileSync(
      file,
      `const fs = require('fs');
       fs.writeFileSync('args.json', JSON.stringify({ args: process.argv.slice(2), nodedir: process.env.npm_config_nodedir ?? null, files: fs.readdirSync('.') }));
       // prebuild-install fetches for the runtime it is told; node-gyp builds for Node when given a local nodedir.
       const runtime = process.argv.indexOf('--runtime');
       const abi = runtime > 0 ? (process.argv[runtime + 1] === 'electron' ? 143 : 115) : process.env.npm_config_nodedir ? 115 : 143;
       fs.mkdirSync('build/Release', { recursive: true });
       fs.writeFileSync('build/Release/better_sqlite3.node', 'node_register_module_v' + abi);`,
    );
    return file;
  }
  function fakeSqlitePackage(dir: string): string {
    const pkg = path.join(dir, 'better-sqlite3');
    fs.mkdirSync(path.join(pkg, 'src'), { recursive: true });
    fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}');
    fs.writeFileSync(path.join(pkg, 'binding.gyp'), '{}');
    fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), fakeAddon(115));
    return pkg;
  }

  it('compiles against Electron headers even when npm is configured with a local nodedir', () => {
    const dir = temp();
    const tool = fakeTool(dir);
    vi.stubEnv('npm_config_nodedir', '/usr');
    let seen: { args: string[]; nodedir: string | null; files: string[] } | undefined;
    const compile = compileSource(fakeSqlitePackage(dir), tool);
    const spy: BindingSource = {
      name: compile.name,
      produce: (staging, t) => {
        compile.produce(staging, t);
        seen = JSON.parse(fs.readFileSync(path.join(staging, 'args.json'), 'utf8'));
      },
    };
    ensureBinding(path.join(dir, 'cache', 'better_sqlite3.node'), ELECTRON, [spy]);
    expect(seen?.nodedir).toBeNull();
    expect(seen?.args).toEqual(
      expect.arrayContaining(['rebuild', '--target=40.9.3', '--arch=x64', '--dist-url=https://electronjs.org/headers']),
    );
    expect(seen?.files.sort()).toEqual(['binding.gyp', 'package.json', 'src']); // the sources, not the Node build
  });

  it('asks prebuild-install for the Electron build of this exact target', () => {
    const dir = temp();
    const tool = fakeTool(dir);
    const fetch = prebuiltSource(fakeSqlitePackage(dir), tool);
    let args: string[] = [];
    ensureBinding(path.join(dir, 'cache', 'better_sqlite3.node'), ELECTRON, [
      {
        name: fetch.name,
        produce: (s, t) => (fetch.produce(s, t), (args = JSON.parse(fs.readFileSync(path.join(s, 'args.json'), 'utf8')).args)),
      },
    ]);
    expect(args.join(' ')).toContain('--runtime electron --target 40.9.3 --arch x64 --platform linux');
  });
});
