import Database from 'better-sqlite3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBindingAbi } from '../../electron/native/bindingAbi';
import { checkSqliteBinding, problemFromLoadError } from '../../electron/native/checkSqliteBinding';
import { describeBindingProblem } from '../../electron/native/describeBindingProblem';
import { ENSURE_BINDING_COMMAND, sqliteBindingFor } from '../../electron/native/sqliteBinding';
import { openDatabase } from '../../electron/db/openDatabase';
import { tempDir } from '../helpers/tempDir';

const require = createRequire(import.meta.url);
/** The binding `npm ci` built for this Node, as better-sqlite3 finds it on its own. */
const NODE_BINDING = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const NODE_ABI = Number(process.versions.modules);
const ELECTRON_40_ABI = 143;

const checkout = {
  isPackaged: false,
  resourcesPath: '/unused',
  appPath: '/home/dev/cbmc',
  sqliteVersion: '12.11.1',
  platform: 'linux',
  arch: 'x64',
};

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function temp() {
  const t = tempDir('cbmc-binding-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('which SQLite binding each runtime uses', () => {
  it('plain Node (tests, browser host) gets none: better-sqlite3 keeps its own node_modules build', () => {
    expect(sqliteBindingFor({}, checkout)).toBeUndefined();
    expect(new Database(':memory:').prepare('select sqlite_version() as v').get()).toMatchObject({ v: expect.any(String) });
  });

  it('Electron in a checkout uses the cached build for exactly its Electron and better-sqlite3 versions', () => {
    const a = sqliteBindingFor({ electron: '40.9.3' }, checkout);
    expect(a).toBe(
      path.join(
        '/home/dev/cbmc',
        '.cache',
        'sqlite-electron',
        'electron-40.9.3-linux-x64',
        'better-sqlite3-12.11.1',
        'better_sqlite3.node',
      ),
    );
    expect(sqliteBindingFor({ electron: '41.0.0' }, checkout)).not.toBe(a);
    expect(sqliteBindingFor({ electron: '40.9.3' }, { ...checkout, sqliteVersion: '12.12.0' })).not.toBe(a);
    expect(sqliteBindingFor({ electron: '40.9.3' }, { ...checkout, arch: 'arm64' })).not.toBe(a);
  });

  it('an installed app uses the binding electron-builder rebuilt, unpacked beside app.asar', () => {
    const installed = {
      ...checkout,
      isPackaged: true,
      resourcesPath: 'C:\\Program Files\\CBMC Studio\\resources',
      appPath: 'C:\\Program Files\\CBMC Studio\\resources\\app.asar',
    };
    expect(sqliteBindingFor({ electron: '40.9.3' }, installed)).toBe(
      path.join(installed.resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    );
  });
});

describe('checking a binding before the database is opened', () => {
  it("reads the ABI of node_modules' build without loading it, and it is this Node's", () => {
    expect(readBindingAbi(NODE_BINDING)).toBe(NODE_ABI);
  });

  it('the Node build passes the check under Node and opens a real database through nativeBinding', () => {
    expect(checkSqliteBinding(NODE_BINDING, NODE_ABI, require)).toBeNull();
    const db = openDatabase(temp(), NODE_BINDING);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('the Node build is refused for Electron 40 by its version, before anything tries to load it', () => {
    const load = vi.fn();
    expect(checkSqliteBinding(NODE_BINDING, ELECTRON_40_ABI, load)).toEqual({
      kind: 'wrong-version',
      file: NODE_BINDING,
      found: NODE_ABI,
      expected: ELECTRON_40_ABI,
    });
    expect(load).not.toHaveBeenCalled();
  });

  it('a missing file is named as missing', () => {
    const file = path.join(temp(), 'nothing', 'better_sqlite3.node');
    expect(checkSqliteBinding(file, ELECTRON_40_ABI, require)).toEqual({ kind: 'missing', file });
  });

  it('a file that is not an addon is reported with the loader’s reason', () => {
    const file = path.join(temp(), 'better_sqlite3.node');
    fs.writeFileSync(file, 'half a download');
    const problem = checkSqliteBinding(file, NODE_ABI, require);
    expect(problem).toMatchObject({ kind: 'unloadable', file });
    expect(problem?.kind === 'unloadable' && problem.reason.length).toBeGreaterThan(0);
  });

  it("translates Node's NODE_MODULE_VERSION load error into a wrong-version problem", () => {
    const err = Object.assign(
      new Error(
        "The module '/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 143.",
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    );
    expect(problemFromLoadError(err, '/x/better_sqlite3.node', 143)).toEqual({
      kind: 'wrong-version',
      file: '/x/better_sqlite3.node',
      found: 115,
      expected: 143,
    });
  });
});

describe('the message when the binding cannot be used', () => {
  const dev = { runtime: 'Electron 40.9.3', isPackaged: false };

  it('for a wrong version: both versions, in Thai then English, and the one command that fixes it', () => {
    const { title, content } = describeBindingProblem({ kind: 'wrong-version', file: '/x/b.node', found: 115, expected: 143 }, dev);
    expect(title).toMatch(/^CBMC Studio เปิดไม่ได้/);
    expect(content).toMatch(/สร้างไว้สำหรับรุ่นอื่น[^\n]*115[^\n]*143/);
    expect(content).toMatch(/built for another runtime \(NODE_MODULE_VERSION 115\); Electron 40\.9\.3 needs 143/);
    expect(content.indexOf('สร้างไว้')).toBeLessThan(content.indexOf('built for'));
    expect(content).toContain(`\n    ${ENSURE_BINDING_COMMAND}`);
    expect(ENSURE_BINDING_COMMAND).toBe('npm run electron:binding');
  });

  it('for a missing binding: says missing and gives the command; an installed app says to reinstall instead', () => {
    const missing = { kind: 'missing', file: '/x/b.node' } as const;
    expect(describeBindingProblem(missing, dev).content).toMatch(
      /ไม่พบไฟล์[^\n]*Electron 40\.9\.3\nThe SQLite binding \(better-sqlite3\) for Electron 40\.9\.3 is missing/,
    );
    const installed = describeBindingProblem(missing, { ...dev, isPackaged: true }).content;
    expect(installed).toContain('reinstall CBMC Studio');
    expect(installed).not.toContain('npm');
  });

  it('the script that npm start runs is the command the message names', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { scripts: Record<string, string> };
    const name = ENSURE_BINDING_COMMAND.replace('npm run ', '');
    expect(pkg.scripts[name]).toMatch(/ensure-electron-binding/);
    expect(pkg.scripts.start).toMatch(new RegExp(`npm run ${name} && electron \\.`));
  });
});
