import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { createServices, type Services } from '../services/createServices';
import { registerHandlers } from '../ipc/registerHandlers';
import { trustedSenderFor } from './appUrl';
import { createWindow } from './createWindow';
import { installCsp } from './csp';
import { lockDownSession } from './lockDownSession';
import { installMenu } from './menu';
import { version as sqliteVersion } from 'better-sqlite3/package.json';
import { bindingStartupError } from './checkBinding';
import { resolveAppPaths, USER_DATA_FOLDER, type AppPaths } from './paths';
import { describeStartupError } from './startupError';
import { savePdfWithDialog } from './savePdf';
import { saveExportWithDialog } from './saveExport';
import { openWorkshopFileWithDialog, saveWorkshopFileWithDialog } from './workshopFileDialogs';

// Every renderer sandboxed, whatever a window asks for. Must run before 'ready'.
app.enableSandbox();
// A fixed ASCII folder, whatever the (Thai) product name says; also where the single-instance lock lives.
app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_FOLDER));

// One instance only: two processes writing the same SQLite file is asking for trouble.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: Services | undefined;
  let paths: AppPaths | undefined;
  let mainWindow: BrowserWindow | undefined;

  const focusedWindow = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

  const openWindow = (p: AppPaths): void => {
    mainWindow = createWindow(p);
    mainWindow.on('closed', () => (mainWindow = undefined));
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // macOS: clicking the dock icon with no window open brings one back.
  app.on('activate', () => {
    if (paths && services && BrowserWindow.getAllWindows().length === 0) openWindow(paths);
  });

  app.on('will-quit', () => {
    services?.close();
    services = undefined;
  });

  app
    .whenReady()
    .then(() => {
      const p = resolveAppPaths({
        userData: app.getPath('userData'),
        appPath: app.getAppPath(),
        resourcesPath: process.resourcesPath,
        isPackaged: app.isPackaged,
        electronVersion: process.versions.electron,
        sqliteVersion,
        platform: process.platform,
        arch: process.arch,
        env: process.env,
      });
      const bindingError = bindingStartupError(p.sqliteBinding, app.isPackaged);
      if (bindingError) {
        dialog.showErrorBox(bindingError.title, bindingError.content);
        app.exit(1);
        return;
      }
      try {
        mkdirSync(p.dataDir, { recursive: true });
        services = createServices({
          dataDir: p.dataDir,
          resourcesDir: p.resourcesDir,
          pdfWorkerFile: p.pdfWorker,
          sqliteBinding: p.sqliteBinding,
          processKind: 'electron',
          // The room serves the same built renderer to participants; the window itself is a file:// page.
          room: {
            staticDir: path.dirname(p.rendererIndex),
            bindHost: '0.0.0.0',
            facilitatorOrigins: ['file://'],
          },
          saveWorkshopFile: async (name, text) => {
            const win = focusedWindow();
            return win ? saveWorkshopFileWithDialog(win, name, text) : null;
          },
          openWorkshopFile: async () => {
            const win = focusedWindow();
            return win ? openWorkshopFileWithDialog(win) : null;
          },
          savePdf: async (name, bytes) => {
            const win = focusedWindow();
            if (!win) return null;
            const result = await savePdfWithDialog(win, name, bytes, { openAfterSave: true });
            return result.saved ? result.filePath : null;
          },
          saveExport: async (name, bytes) => {
            const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
            return win ? saveExportWithDialog(win, name, bytes) : null;
          },
        });
      } catch (e) {
        // Never run on a database we cannot trust: say why, then leave.
        const { title, content } = describeStartupError(e, p.dataDir);
        dialog.showErrorBox(title, content);
        app.exit(1);
        return;
      }
      paths = p;
      lockDownSession(session.defaultSession);
      installCsp(session.defaultSession);
      installMenu({ isDev: !app.isPackaged, isMac: process.platform === 'darwin' });
      registerHandlers(ipcMain, services, trustedSenderFor(p.rendererIndex));
      openWindow(p);
      // A room that was open when the app crashed or was killed reopens with the same address and key.
      services.room?.resume().catch((e: unknown) => console.error('could not reopen the room', e));
    })
    .catch((e: unknown) => {
      const { title, content } = describeStartupError(e, paths?.dataDir ?? '?');
      dialog.showErrorBox(title, content);
      app.exit(1);
    });
}
