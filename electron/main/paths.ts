import path from 'node:path';

export interface AppPaths {
  /** Where the SQLite database lives; created on start. */
  dataDir: string;
  /** Fonts, icons and sample workshops shipped with the app. */
  resourcesDir: string;
  /** The built renderer page; the only page allowed to call the host. */
  rendererIndex: string;
  /** The bundled, sandboxed preload script. */
  preload: string;
}

export interface PathInputs {
  userData: string;
  appPath: string;
  resourcesPath: string;
  isPackaged: boolean;
  env: NodeJS.ProcessEnv;
}

/** Pure, so it can be reasoned about without Electron: main passes in app.getPath(...) and friends. */
export function resolveAppPaths(inp: PathInputs): AppPaths {
  const override = inp.env.CBMC_DATA_DIR?.trim();
  return {
    dataDir: override ? path.resolve(override) : path.join(inp.userData, 'data'),
    // electron-builder copies resources/ beside app.asar (extraResources); in dev it is the repo's.
    resourcesDir: inp.isPackaged ? path.join(inp.resourcesPath, 'resources') : path.join(inp.appPath, 'resources'),
    rendererIndex: path.join(inp.appPath, 'dist', 'renderer', 'index.html'),
    preload: path.join(inp.appPath, 'dist-electron', 'preload.cjs'),
  };
}
