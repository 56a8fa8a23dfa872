import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServices, type Services } from '../../electron/services/createServices';
import { startServer, type RunningServer } from '../../electron/server/createServer';
import { hostRoutes } from '../../electron/server/hostRoutes';
import { tempDir } from './tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const STATIC_DIR = path.join(ROOT, 'dist/renderer');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Host {
  url: string;
  dataDir: string;
  services: Services;
  server: RunningServer;
  /** Stops the server and closes the database, keeping the data folder. */
  stop(): Promise<void>;
  /** Starts again on the same data folder (a "reopen the app"). */
  restart(): Promise<Host>;
  /** Starts again on the same data folder and the same port, so an open page (its origin) finds it again. */
  restartSamePort(): Promise<Host>;
  cleanup(): Promise<void>;
}

/** The browser host on a fresh temporary data folder, serving the built renderer. */
export async function startHost(dataDir?: string, port = 0): Promise<Host> {
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) throw new Error('dist/renderer is missing: run npm run build:renderer');
  const t = dataDir ? { dir: dataDir, cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }) } : tempDir('cbmc-e2e-');
  const services = createServices({ dataDir: t.dir, resourcesDir: path.join(ROOT, 'resources') });
  const server = await startServer({ services, staticDir: STATIC_DIR, extraRoutes: hostRoutes(services), port });
  let stopped = false;
  const host: Host = {
    url: server.url,
    dataDir: t.dir,
    services,
    server,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      services.close();
    },
    async restart() {
      await host.stop();
      return startHost(t.dir);
    },
    async restartSamePort() {
      await host.stop();
      return startHost(t.dir, Number(new URL(server.url).port));
    },
    async cleanup() {
      await host.stop();
      t.cleanup();
    },
  };
  return host;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function newPage(browser: Browser, width = 1600, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return page;
}

/** Where screenshots go; look at them. */
export const SHOTS_DIR = path.join(ROOT, 'test-results');
export function shotPath(name: string): string {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  return path.join(SHOTS_DIR, name);
}
