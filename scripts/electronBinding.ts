// Fetches or builds better-sqlite3's binary for one runtime into a cache file, leaving
// node_modules (the Node build the tests use) untouched. Used by ensure-electron-binding.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBindingAbi } from '../electron/native/bindingAbi';
import { BINDING_FILE } from '../electron/native/sqliteBinding';

export interface BuildTarget {
  runtime: 'electron' | 'node';
  /** The runtime's version, e.g. 40.9.3 */
  version: string;
  /** Its NODE_MODULE_VERSION: the binding must carry exactly this one. */
  abi: number;
  platform: string;
  arch: string;
}

/** One way of producing the binary: leaves build/Release/better_sqlite3.node inside `staging`, or throws. */
export interface BindingSource {
  name: string;
  produce(staging: string, target: BuildTarget): void;
}

/**
 * Makes sure `cacheFile` holds a binding with the target's ABI. A good cached file is kept (no network);
 * otherwise each source is tried in turn in its own staging folder, and the first binary whose ABI
 * is right is moved into place with a rename, so a failed or interrupted run never leaves a half file.
 */
export function ensureBinding(
  cacheFile: string,
  target: BuildTarget,
  sources: BindingSource[],
  log: (line: string) => void = () => {},
): { file: string; fresh: boolean } {
  if (fs.existsSync(cacheFile) && readBindingAbi(cacheFile) === target.abi) return { file: cacheFile, fresh: false };
  const dir = path.dirname(cacheFile);
  fs.mkdirSync(dir, { recursive: true });
  const failures: string[] = [];
  for (const source of sources) {
    const staging = fs.mkdtempSync(path.join(dir, '.staging-'));
    try {
      log(`${source.name} …`);
      source.produce(staging, target);
      const built = path.join(staging, 'build', 'Release', BINDING_FILE);
      if (!fs.existsSync(built)) throw new Error(`it left no ${BINDING_FILE}`);
      const abi = readBindingAbi(built);
      if (abi !== target.abi) throw new Error(`it made a binary for NODE_MODULE_VERSION ${abi}, not ${target.abi}`);
      const partial = `${cacheFile}.partial`;
      fs.copyFileSync(built, partial);
      fs.renameSync(partial, cacheFile);
      return { file: cacheFile, fresh: true };
    } catch (e) {
      failures.push(`${source.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  throw new Error(failures.join('\n'));
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(cmd, args, { cwd, env, stdio: 'inherit', shell: false });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${path.basename(args[0] ?? cmd)} exited with ${r.status ?? r.signal}`);
}

/** better-sqlite3's prebuilt binary for the target, downloaded by its own installer (prebuild-install). */
export function prebuiltSource(sqliteDir: string, prebuildInstallBin: string): BindingSource {
  return {
    name: 'download the prebuilt binary (prebuild-install)',
    produce(staging, t) {
      // prebuild-install reads the package's name, version and download host from package.json.
      fs.copyFileSync(path.join(sqliteDir, 'package.json'), path.join(staging, 'package.json'));
      run(
        process.execPath,
        [prebuildInstallBin, '--runtime', t.runtime, '--target', t.version, '--arch', t.arch, '--platform', t.platform, '--verbose'],
        staging,
      );
    },
  };
}

/** Compiles better-sqlite3 from its sources against the target's headers (node-gyp; needs a C++ toolchain). */
export function compileSource(sqliteDir: string, nodeGypBin: string): BindingSource {
  return {
    name: 'compile from source (node-gyp)',
    produce(staging, t) {
      fs.cpSync(sqliteDir, staging, { recursive: true, filter: (src) => path.relative(sqliteDir, src).split(path.sep)[0] !== 'build' });
      const args = [nodeGypBin, 'rebuild', '--release', `--target=${t.version}`, `--arch=${t.arch}`];
      // Electron's headers come from its own server and are kept apart from Node's. An npm `nodedir`
      // setting would point node-gyp at the local Node's headers and build for Node instead: drop it.
      if (t.runtime === 'electron')
        args.push('--dist-url=https://electronjs.org/headers', `--devdir=${path.join(os.homedir(), '.electron-gyp')}`);
      const env = t.runtime === 'electron' ? withoutNodedir(process.env) : process.env;
      run(process.execPath, args, staging, env);
    },
  };
}

function withoutNodedir(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => k.toLowerCase() !== 'npm_config_nodedir'));
}

/** node-gyp as npm ships it: npm names it when running a script; otherwise found beside npm. */
export function findNodeGyp(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const bin = path.dirname(process.execPath);
  const candidates = [
    env.npm_config_node_gyp,
    path.join(bin, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(bin, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c): c is string => !!c && fs.existsSync(c));
}
