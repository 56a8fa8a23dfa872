import type { WebPreferences } from 'electron';

/**
 * The renderer runs like a web page: isolated from the preload, sandboxed, no Node. Kept pure and
 * separate so tests/unit/security.test.ts can assert every flag without starting Electron.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app page.
    navigateOnDragDrop: false,
  };
}
