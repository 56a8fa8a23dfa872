import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths, type PathInputs } from '../../electron/main/paths';

const versions = { electronVersion: '40.9.3', sqliteVersion: '12.11.1', platform: 'linux', arch: 'x64' };

describe('main-process paths', () => {
  it('in an installed app: code from app.asar, the worker and SQLite binary unpacked beside it, resources/ next to it', () => {
    const resourcesPath = path.join('/opt', 'CBMC Studio', 'resources');
    const inp: PathInputs = {
      ...versions,
      userData: '/home/u/.config/CBMC Studio',
      appPath: path.join(resourcesPath, 'app.asar'),
      resourcesPath,
      isPackaged: true,
      env: {},
    };
    expect(resolveAppPaths(inp)).toEqual({
      dataDir: path.join('/home/u/.config/CBMC Studio', 'data'),
      resourcesDir: path.join(resourcesPath, 'resources'),
      rendererIndex: path.join(resourcesPath, 'app.asar', 'dist', 'renderer', 'index.html'),
      preload: path.join(resourcesPath, 'app.asar', 'dist-electron', 'preload.cjs'),
      pdfWorker: path.join(resourcesPath, 'app.asar.unpacked', 'dist-electron', 'pdf-worker.cjs'),
      sqliteBinding: path.join(
        resourcesPath,
        'app.asar.unpacked',
        'node_modules',
        'better-sqlite3',
        'build',
        'Release',
        'better_sqlite3.node',
      ),
    });
  });

  it('in a checkout: everything from the repository, the binding from its cache folder', () => {
    const repo = path.join('/home', 'dev', 'cbmc');
    const p = resolveAppPaths({
      ...versions,
      userData: '/u',
      appPath: repo,
      resourcesPath: '/electron/resources',
      isPackaged: false,
      env: {},
    });
    expect(p.resourcesDir).toBe(path.join(repo, 'resources'));
    expect(p.pdfWorker).toBe(path.join(repo, 'dist-electron', 'pdf-worker.cjs'));
    expect(p.sqliteBinding).toBe(
      path.join(repo, '.cache', 'sqlite-electron', 'electron-40.9.3-linux-x64', 'better-sqlite3-12.11.1', 'better_sqlite3.node'),
    );
  });

  it('CBMC_DATA_DIR moves only the data, installed or not', () => {
    const p = resolveAppPaths({
      ...versions,
      userData: '/u',
      appPath: '/r/app.asar',
      resourcesPath: '/r',
      isPackaged: true,
      env: { CBMC_DATA_DIR: ' /tmp/workshop-data ' },
    });
    expect(p.dataDir).toBe(path.resolve('/tmp/workshop-data'));
    expect(p.resourcesDir).toBe(path.join('/r', 'resources'));
  });
});
