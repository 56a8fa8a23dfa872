import path from 'node:path';

/** The file better-sqlite3 compiles to; the same name in node_modules, the cache and the packaged app. */
export const BINDING_FILE = 'better_sqlite3.node';

/** The one command that fetches or builds the Electron binding for a developer checkout. */
export const ENSURE_BINDING_COMMAND = 'npm run electron:binding';

/** What the Electron binding's location depends on: a binding fits exactly one of each. */
export interface BindingTarget {
  electronVersion: string;
  /** better-sqlite3's version: its JavaScript and its binary must come from the same release. */
  sqliteVersion: string;
  platform: string;
  arch: string;
}

/** The folder, under the repository, that keeps one Electron binding per target. */
export function bindingCacheRoot(appPath: string): string {
  return path.join(appPath, '.cache', 'sqlite-electron');
}

/** Where a developer checkout keeps the binding for one target: switching targets never overwrites another. */
export function cachedBindingPath(cacheRoot: string, t: BindingTarget): string {
  return path.join(cacheRoot, `electron-${t.electronVersion}-${t.platform}-${t.arch}`, `better-sqlite3-${t.sqliteVersion}`, BINDING_FILE);
}

/**
 * In an installed app: the binding electron-builder rebuilt for Electron, unpacked beside app.asar
 * (the operating system loads native code from real files only).
 */
export function packagedBindingPath(resourcesPath: string): string {
  return path.join(resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', BINDING_FILE);
}

export interface BindingChoiceInputs extends BindingTarget {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}

/** The Electron main process's binding: the packaged one when installed, the cached one in a checkout. */
export function electronBindingPath(inp: BindingChoiceInputs): string {
  return inp.isPackaged ? packagedBindingPath(inp.resourcesPath) : cachedBindingPath(bindingCacheRoot(inp.appPath), inp);
}

/**
 * The binding to hand better-sqlite3 in this runtime. Plain Node (tests, the browser host) gets
 * undefined: better-sqlite3 then loads its own build from node_modules, made by `npm ci` for Node.
 */
export function sqliteBindingFor(versions: { electron?: string }, inp: Omit<BindingChoiceInputs, 'electronVersion'>): string | undefined {
  return versions.electron ? electronBindingPath({ ...inp, electronVersion: versions.electron }) : undefined;
}
