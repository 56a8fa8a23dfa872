import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The Electron executable the electron package installed, or why there is none. Installed with
 * ELECTRON_SKIP_BINARY_DOWNLOAD (no access to Electron's downloads), require('electron') throws
 * or names a file that does not exist. Linux also needs a display (e.g. xvfb-run) to open a window.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env, platform = process.platform): { path: string } | { reason: string } {
  let binary: unknown;
  try {
    binary = require('electron');
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return {
      reason: `Electron's binary is not installed (${why})${env.ELECTRON_SKIP_BINARY_DOWNLOAD ? '; ELECTRON_SKIP_BINARY_DOWNLOAD is set' : ''}`,
    };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) return { reason: `Electron's binary is missing at ${String(binary)}` };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return { reason: 'no display to open a window on (run under xvfb-run)' };
  return { path: binary };
}
