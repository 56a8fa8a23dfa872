import { BrowserWindow, type WebContents } from 'electron';
import { isAppUrl } from './appUrl';
import { secureWebPreferences } from './webPreferences';

export { secureWebPreferences };

/** The main window: our page from disk, nothing else, no way to open or navigate elsewhere. */
export function createWindow(paths: { preload: string; rendererIndex: string }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'CBMC Studio',
    backgroundColor: '#ffffff',
    show: false, // shown once painted, so no white flash
    webPreferences: secureWebPreferences(paths.preload),
  });
  guardContents(win.webContents, paths.rendererIndex);
  win.once('ready-to-show', () => win.show());
  win.loadFile(paths.rendererIndex).catch((e: unknown) => {
    console.error(`cannot load ${paths.rendererIndex} (run npm run build:renderer?)`, e);
  });
  return win;
}

/** No remote content: deny new windows, webviews and navigation to anything but our page. */
export function guardContents(contents: WebContents, rendererIndex: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, rendererIndex)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
