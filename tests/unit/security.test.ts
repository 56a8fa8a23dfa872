import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract/contract';
import { HostError } from '../../shared/contract/HostError';

/** A stand-in for the parts of Electron main.ts touches; records what was asked of it. */
const electron = vi.hoisted(() => {
  class FakeWebContents {
    handlers = new Map<string, (event: { url?: string; preventDefault: () => void }) => void>();
    openHandler?: () => { action: string };
    setWindowOpenHandler(h: () => { action: string }) {
      this.openHandler = h;
    }
    on(name: string, h: (event: { url?: string; preventDefault: () => void }) => void) {
      this.handlers.set(name, h);
      return this;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.created;
    webContents = new FakeWebContents();
    loaded?: string;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      FakeBrowserWindow.created.push(this);
    }
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
    once() {}
    on() {}
    show() {}
  }
  const appHandlers = new Map<string, () => void>();
  return {
    FakeBrowserWindow,
    appHandlers,
    module: {
      BrowserWindow: FakeBrowserWindow,
      app: {
        enableSandbox: vi.fn(),
        setPath: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => true),
        on: vi.fn((name: string, h: () => void) => appHandlers.set(name, h)),
        whenReady: vi.fn(() => Promise.resolve()),
        getPath: vi.fn(() => '/nonexistent-user-data'),
        getAppPath: vi.fn(() => '/opt/cbmc'),
        isPackaged: false,
        quit: vi.fn(),
        exit: vi.fn(),
      },
      dialog: { showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
          setPermissionRequestHandler: vi.fn(),
        },
      },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    },
  };
});
vi.mock('electron', () => electron.module);

const services = vi.hoisted(() => ({ create: vi.fn() }));
vi.mock('../../electron/services/createServices', () => ({ createServices: services.create }));
// The SQLite binding check at start-up has its own tests (mainStartup.test.ts); here it passes.
vi.mock('../../electron/main/checkBinding', () => ({ bindingStartupError: () => null }));

const { secureWebPreferences, createWindow } = await import('../../electron/main/createWindow');
const { CONTENT_SECURITY_POLICY, installCsp } = await import('../../electron/main/csp');
const { menuTemplate } = await import('../../electron/main/menu');
const { isAppUrl } = await import('../../electron/main/appUrl');
const { lockDownSession } = await import('../../electron/main/lockDownSession');

const INDEX = '/opt/cbmc/dist/renderer/index.html';

describe('renderer isolation', () => {
  it('builds webPreferences with isolation and sandbox on and Node off', () => {
    const prefs = secureWebPreferences('/opt/cbmc/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/opt/cbmc/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('opens the window on our file with those preferences and blocks leaving it', () => {
    electron.FakeBrowserWindow.created.length = 0;
    createWindow({ preload: '/p.cjs', rendererIndex: INDEX });
    const [win] = electron.FakeBrowserWindow.created;
    expect(win!.options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(win!.loaded).toBe(INDEX);
    expect(win!.webContents.openHandler!()).toEqual({ action: 'deny' });

    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      win!.webContents.handlers.get('will-navigate')!(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`file://${INDEX}#/board`)).toBe(false);

    const attach = { preventDefault: vi.fn() };
    win!.webContents.handlers.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('recognises only our own page as the app', () => {
    expect(isAppUrl(`file://${INDEX}`, INDEX)).toBe(true);
    expect(isAppUrl(`file://${INDEX}?x=1#/w/1`, INDEX)).toBe(true);
    expect(isAppUrl('file:///opt/cbmc/dist/renderer/other.html', INDEX)).toBe(false);
    expect(isAppUrl('file:///opt/cbmc/dist/renderer/../renderer/index.html', INDEX)).toBe(true); // normalised, same file
    expect(isAppUrl('http://127.0.0.1/index.html', INDEX)).toBe(false);
    expect(isAppUrl('file://evil-host/opt/cbmc/dist/renderer/index.html', INDEX)).toBe(false);
    expect(isAppUrl('not a url', INDEX)).toBe(false);
  });
});

describe('content security policy', () => {
  it("allows no eval and defaults to 'self'", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
  });

  it('sets the header on file:// responses, replacing any other CSP', () => {
    const onHeadersReceived = vi.fn();
    installCsp({ webRequest: { onHeadersReceived } } as never);
    const listener = onHeadersReceived.mock.calls[0]![0] as (d: unknown, cb: (r: unknown) => void) => void;
    const cb = vi.fn();
    listener({ url: `file://${INDEX}`, responseHeaders: { 'content-security-policy': ['*'], 'X-A': ['1'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('cancels network requests and refuses permissions other than the clipboard', () => {
    const onBeforeRequest = vi.fn();
    const setPermissionRequestHandler = vi.fn();
    lockDownSession({ webRequest: { onBeforeRequest }, setPermissionRequestHandler } as never);
    const cancel = vi.fn();
    (onBeforeRequest.mock.calls[0]![1] as (d: unknown, cb: (r: unknown) => void) => void)({}, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
    const decide = setPermissionRequestHandler.mock.calls[0]![0] as (w: unknown, p: string, cb: (ok: boolean) => void) => void;
    const answers: Record<string, boolean> = {};
    for (const p of ['media', 'geolocation', 'openExternal', 'clipboard-sanitized-write']) decide(null, p, (ok) => (answers[p] = ok));
    expect(answers).toEqual({ media: false, geolocation: false, openExternal: false, 'clipboard-sanitized-write': true });
  });
});

describe('menu', () => {
  const roles = (isDev: boolean) =>
    JSON.stringify(menuTemplate({ isDev, isMac: false }))
      .match(/"role":"(\w+)"/g)
      ?.map((r) => r.slice(8, -1));

  it('offers reload and DevTools only in development', () => {
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has the Thai top-level menus and the standard editing roles', () => {
    expect(menuTemplate({ isDev: false, isMac: false }).map((m) => m.label)).toEqual(['ไฟล์', 'แก้ไข', 'มุมมอง', 'ช่วยเหลือ']);
    expect(roles(false)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit']),
    );
  });
});

describe('start-up (main.ts)', () => {
  const savedDataDir = process.env.CBMC_DATA_DIR;
  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    electron.FakeBrowserWindow.created.length = 0;
    process.env.CBMC_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'cbmc-main-'));
  });
  afterEach(() => {
    if (savedDataDir === undefined) delete process.env.CBMC_DATA_DIR;
    else process.env.CBMC_DATA_DIR = savedDataDir;
  });

  it('refuses to start on a database it cannot use: error box, exit, no window, no handlers', async () => {
    services.create.mockImplementation(() => {
      throw new HostError('unavailable', 'database version 9 is newer than this app (3)');
    });
    await import('../../electron/main/main');
    await vi.waitFor(() => expect(electron.module.app.exit).toHaveBeenCalledWith(1));
    const [title, content] = electron.module.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toContain('CBMC Studio');
    expect(content).toContain('รุ่นที่ใหม่กว่า');
    expect(content).toContain('newer version');
    expect(content).toContain('database version 9');
    expect(electron.module.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.FakeBrowserWindow.created).toHaveLength(0);
  });

  it('wires services, handlers and a sandboxed window, and closes the services on quit', async () => {
    const close = vi.fn();
    const resume = vi.fn(async () => null);
    services.create.mockReturnValue({ close, room: { resume } });
    await import('../../electron/main/main');
    await vi.waitFor(() => expect(electron.FakeBrowserWindow.created).toHaveLength(1));
    expect(electron.module.app.enableSandbox).toHaveBeenCalled();
    expect(services.create).toHaveBeenCalledWith({
      savePdf: expect.any(Function),
      saveExport: expect.any(Function),
      saveWorkshopFile: expect.any(Function),
      openWorkshopFile: expect.any(Function),
      pdfWorkerFile: expect.stringMatching(/pdf-worker\.cjs$/),
      sqliteBinding: expect.stringMatching(/better_sqlite3\.node$/),
      dataDir: process.env.CBMC_DATA_DIR,
      resourcesDir: path.join('/opt/cbmc', 'resources'),
      // Named in the refusal a second process on the same data folder gets.
      processKind: 'electron',
      // Rooms serve the same built page to participants; only the window's own file:// page may join as facilitator.
      room: { staticDir: path.join('/opt/cbmc', 'dist', 'renderer'), bindHost: '0.0.0.0', facilitatorOrigins: ['file://'] },
    });
    // A room left open by a crash reopens with its address and key.
    expect(resume).toHaveBeenCalledTimes(1);
    expect(electron.module.ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    const win = electron.FakeBrowserWindow.created[0]!;
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win.loaded).toBe(path.join('/opt/cbmc', 'dist', 'renderer', 'index.html'));
    electron.appHandlers.get('will-quit')!();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('quits at once when another instance already runs', async () => {
    electron.module.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../electron/main/main');
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.module.app.whenReady).not.toHaveBeenCalled();
  });
});
