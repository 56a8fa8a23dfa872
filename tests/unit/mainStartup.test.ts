// electron/main/main.ts under plain Node with a stand-in `electron` module: which SQLite binding the
// main process opens the database with, and what it shows when that binding cannot be used.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedBindingPath, bindingCacheRoot } from '../../electron/native/sqliteBinding';
import { tempDir } from '../helpers/tempDir';

const require = createRequire(import.meta.url);
const NODE_BINDING = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const SQLITE_VERSION = (require('better-sqlite3/package.json') as { version: string }).version;
const FAKE_ELECTRON = '40.9.3';

const fake = vi.hoisted(() => {
  const state = { appPath: '', appData: '', ready: Promise.resolve() as Promise<void> };
  const win = { on: vi.fn(), once: vi.fn(), loadFile: vi.fn(async () => {}), webContents: { setWindowOpenHandler: vi.fn(), on: vi.fn() } };
  const session = { webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn() };
  const app = {
    isPackaged: false,
    enableSandbox: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn((name: string) => (name === 'appData' ? state.appData : path.join(state.appData, 'CBMC Studio'))),
    getAppPath: vi.fn(() => state.appPath),
    requestSingleInstanceLock: vi.fn(() => true),
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => state.ready),
  };
  const BrowserWindow = Object.assign(
    vi.fn(function () {
      return win;
    }),
    { getAllWindows: vi.fn(() => []), getFocusedWindow: vi.fn(() => null) },
  );
  return {
    state,
    electron: {
      app,
      BrowserWindow,
      dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      session: { defaultSession: session },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      shell: { openPath: vi.fn() },
    },
  };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

let repo: ReturnType<typeof tempDir>;
let data: ReturnType<typeof tempDir>;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  repo = tempDir('cbmc-repo-');
  data = tempDir('cbmc-data-');
  fake.state.appPath = repo.dir;
  fake.state.appData = path.join(data.dir, 'appdata');
  vi.stubEnv('CBMC_DATA_DIR', path.join(data.dir, 'workshops'));
  Object.defineProperty(process.versions, 'electron', { value: FAKE_ELECTRON, configurable: true });
});
afterEach(() => {
  delete (process.versions as { electron?: string }).electron;
  vi.unstubAllEnvs();
  repo.cleanup();
  data.cleanup();
});

/** Imports main.ts (which starts the app) and waits for its whenReady handler to finish. */
async function startMain(): Promise<void> {
  await import('../../electron/main/main');
  await vi.waitFor(() =>
    expect(fake.electron.dialog.showErrorBox.mock.calls.length + fake.electron.ipcMain.handle.mock.calls.length).toBeGreaterThan(0),
  );
}

describe('the main process at start-up', () => {
  it('keeps user data in a plain "CBMC Studio" folder, whatever the product name', async () => {
    await startMain();
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', path.join(fake.state.appData, 'CBMC Studio'));
  });

  it("opens the database with the cached binding for its Electron version (here: this Node's build)", async () => {
    const cached = cachedBindingPath(bindingCacheRoot(repo.dir), {
      electronVersion: FAKE_ELECTRON,
      sqliteVersion: SQLITE_VERSION,
      platform: process.platform,
      arch: process.arch,
    });
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.copyFileSync(NODE_BINDING, cached);
    await startMain();
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(data.dir, 'workshops', 'cbmc-studio.sqlite'))).toBe(true);
    // The database runs on the cached file; node_modules' own build was never loaded.
    expect(require.cache[cached]).toBeDefined();
    expect(require.cache[NODE_BINDING]).toBeUndefined();
    expect(fake.electron.BrowserWindow).toHaveBeenCalledTimes(1);
  });

  it('without that binding: says it is missing, names the command, quits, and creates no database', async () => {
    await startMain();
    const [title, content] = fake.electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('CBMC Studio เปิดไม่ได้ / CBMC Studio cannot start');
    expect(content).toContain(`The SQLite binding (better-sqlite3) for Electron ${FAKE_ELECTRON} is missing.`);
    expect(content).toContain('npm run electron:binding');
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
    expect(fake.electron.BrowserWindow).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(data.dir, 'workshops', 'cbmc-studio.sqlite'))).toBe(false);
  });

  it('with a binding built for another runtime: names both versions instead of a loader error', async () => {
    const cached = cachedBindingPath(bindingCacheRoot(repo.dir), {
      electronVersion: FAKE_ELECTRON,
      sqliteVersion: SQLITE_VERSION,
      platform: process.platform,
      arch: process.arch,
    });
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.writeFileSync(cached, 'stand-in addon: node_register_module_v143');
    await startMain();
    const [, content] = fake.electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(content).toContain(`(NODE_MODULE_VERSION 143); Electron ${FAKE_ELECTRON} needs ${process.versions.modules}`);
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1);
  });
});
