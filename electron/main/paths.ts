import path from 'node:path';
import { electronBindingPath, type BindingTarget } from '../native/sqliteBinding';

/** The per-user folder name (under %APPDATA%, ~/.config, ~/Library/Application Support): plain ASCII, stable across renames. */
export const USER_DATA_FOLDER = 'CBMC Studio';

export interface AppPaths {
  /** Where the SQLite database lives; created on start. */
  dataDir: string;
  /** Fonts, icons and sample workshops shipped with the app. */
  resourcesDir: string;
  /** The built renderer page; the only page allowed to call the host. */
  rendererIndex: string;
  /** The bundled, sandboxed preload script. */
  preload: string;
  /** The bundled PDF worker; unpacked from app.asar when installed (see electron-builder.config.cjs). */
  pdfWorker: string;
  /** better-sqlite3's binary built for this Electron (see electron/native/sqliteBinding.ts). */
  sqliteBinding: string;
}

export interface PathInputs extends Omit<BindingTarget, 'electronVersion'> {
  userData: string;
  appPath: string;
  resourcesPath: string;
  isPackaged: boolean;
  electronVersion: string;
  env: NodeJS.ProcessEnv;
}

/** Pure, so it can be reasoned about without Electron: main passes in app.getPath(...) and friends. */
export function resolveAppPaths(inp: PathInputs): AppPaths {
  const override = inp.env.CBMC_DATA_DIR?.trim();
  // Installed: app.getAppPath() is <resources>/app.asar; files listed in asarUnpack sit in app.asar.unpacked.
  const unpacked = inp.isPackaged ? path.join(inp.resourcesPath, 'app.asar.unpacked') : inp.appPath;
  return {
    dataDir: override ? path.resolve(override) : path.join(inp.userData, 'data'),
    // electron-builder copies resources/ beside app.asar (extraResources); in dev it is the repo's.
    resourcesDir: inp.isPackaged ? path.join(inp.resourcesPath, 'resources') : path.join(inp.appPath, 'resources'),
    rendererIndex: path.join(inp.appPath, 'dist', 'renderer', 'index.html'),
    preload: path.join(inp.appPath, 'dist-electron', 'preload.cjs'),
    pdfWorker: path.join(unpacked, 'dist-electron', 'pdf-worker.cjs'),
    sqliteBinding: electronBindingPath(inp),
  };
}
