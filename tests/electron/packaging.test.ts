import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../electron/main/paths';
import { renderPdfInWorker } from '../../electron/pdf/renderInWorker';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { tempDir } from '../helpers/tempDir';
import { builderMatcher, filesUnder, pngSize } from './builderFiles';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
type Target = { target: string; arch?: string[] };
interface Config {
  productName: string;
  artifactName: string;
  icon: string;
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: Target[] };
  nsis: { artifactName: string };
  portable: { artifactName: string };
  linux: { target: Target[] };
  mac: { target: Target[] };
}
let config: Config;
/** The app folder as it goes into app.asar: every project file the `files` patterns select. */
let shipped: string[];

beforeAll(() => {
  // What `npm run dist` builds first. The renderer is usually built already by `npm test`.
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    expect(spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }).status).toBe(0);
  }
  expect(spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'inherit' }).status).toBe(0);
  config = require('../../electron-builder.config.cjs') as Config;
  const inApp = builderMatcher(root, config.files);
  shipped = ['package.json', ...filesUnder(root, 'dist'), ...filesUnder(root, 'dist-electron')].filter(inApp);
});

describe('the installer configuration (electron-builder.config.cjs)', () => {
  it("passes electron-builder's own schema check", async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(dir: string, file: string, extra: null): Promise<unknown>;
      validateConfiguration(c: unknown, log: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const loaded = await getConfig(root, 'electron-builder.config.cjs', null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships the entry point, preload, PDF worker and renderer, and no source maps', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    for (const f of [pkg.main, 'dist-electron/preload.cjs', 'dist-electron/pdf-worker.cjs', 'dist/renderer/index.html'])
      expect(shipped).toContain(f);
    // Every script the page loads is in the app.
    const html = fs.readFileSync(path.join(root, 'dist/renderer/index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => `dist/renderer/${m[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const a of assets) expect(shipped).toContain(a);
    expect(shipped.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(shipped.filter((f) => f.startsWith('.cache/') || f.startsWith('tests/'))).toEqual([]);
  });

  it('puts resources/ (fonts and their licence) where the installed app looks for it', () => {
    const [extra] = config.extraResources;
    const installed = resolveAppPaths({
      userData: '/u',
      appPath: '/r/app.asar',
      resourcesPath: '/r',
      isPackaged: true,
      env: {},
      electronVersion: '40.9.3',
      sqliteVersion: '12.11.1',
      platform: 'linux',
      arch: 'x64',
    });
    expect(path.join('/r', extra!.to)).toBe(installed.resourcesDir);
    const fonts = filesUnder(root, extra!.from);
    for (const f of ['resources/fonts/Sarabun-Regular.ttf', 'resources/fonts/Sarabun-Bold.ttf', 'resources/fonts/OFL.txt'])
      expect(fonts).toContain(f);
  });

  it('unpacks the PDF worker and the SQLite binary exactly where the installed app loads them', () => {
    const installed = resolveAppPaths({
      userData: '/u',
      appPath: '/r/app.asar',
      resourcesPath: '/r',
      isPackaged: true,
      env: {},
      electronVersion: '40.9.3',
      sqliteVersion: '12.11.1',
      platform: 'win32',
      arch: 'x64',
    });
    const unpacked = path.join('/r', 'app.asar.unpacked');
    const worker = path.relative(unpacked, installed.pdfWorker).split(path.sep).join('/');
    const binding = path.relative(unpacked, installed.sqliteBinding).split(path.sep).join('/');
    expect(worker).toBe('dist-electron/pdf-worker.cjs');
    expect(shipped).toContain(worker);
    const unpack = builderMatcher(root, config.asarUnpack);
    expect(unpack(worker)).toBe(true);
    expect(fs.existsSync(path.join(root, binding))).toBe(true); // node_modules' build stands in for the rebuilt one
    expect(unpack(binding)).toBe(true);
    expect(unpack('dist-electron/main.cjs')).toBe(false);
    expect(unpack('dist/renderer/index.html')).toBe(false);
  });

  it('runs the PDF worker from the unpacked files alone, with plain Node module loading', async () => {
    // Copy what asarUnpack selects (worker + node_modules) into a bare app.asar.unpacked and render there.
    const t = tempDir('cbmc-unpacked-');
    try {
      const unpack = builderMatcher(root, config.asarUnpack);
      const candidates = ['dist-electron/pdf-worker.cjs', ...filesUnder(root, 'node_modules').filter((f) => !f.includes('/.bin/'))];
      const selected = candidates.filter(unpack);
      const dest = path.join(t.dir, 'app.asar.unpacked');
      for (const f of selected) {
        fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
        fs.copyFileSync(path.join(root, f), path.join(dest, f));
      }
      const pdf = await renderPdfInWorker({ kind: 'blank', templateId: 'cbmc-9' }, null, BUILTIN_LIBRARY, {
        workerFile: path.join(dest, 'dist-electron', 'pdf-worker.cjs'),
        fontsDir: path.join(root, 'resources', 'fonts'),
      });
      const file = path.join(t.dir, 'blank.pdf');
      fs.writeFileSync(file, pdf);
      expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Sarabun/);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/);
    } finally {
      t.cleanup();
    }
  }, 120_000); // walks all of node_modules and starts a worker: slow on a busy 2-core machine

  it('turns off running as Node, NODE_OPTIONS and inspector flags, and loads only a verified app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    // The page comes from file:// and needs its module scripts and fonts from there.
    expect(config.electronFuses.grantFileProtocolExtraPrivileges).not.toBe(false);
  });

  it('builds a Windows installer and portable .exe, an AppImage and .deb, and a macOS dmg, under distinct ASCII names', () => {
    const names = (ts: Target[]) => ts.map((t) => t.target);
    expect(names(config.win.target)).toEqual(['nsis', 'portable']);
    expect(names(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(names(config.mac.target)).toEqual(['dmg']);
    const artifactNames = [config.artifactName, config.nsis.artifactName, config.portable.artifactName];
    for (const n of artifactNames) expect(n).toMatch(/^[\x20-\x7e]+$/);
    expect(new Set(artifactNames).size).toBe(3); // the installer and the portable app are both .exe
  });

  it('has a Thai product name and a square icon of at least 512 px', () => {
    expect(config.productName).toMatch(/^CBMC Studio .*[\u0e00-\u0e7f]/);
    const size = pngSize(path.join(root, config.icon));
    expect(size.width).toBe(size.height);
    expect(size.width).toBeGreaterThanOrEqual(512);
  });
});
