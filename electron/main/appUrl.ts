import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * True when `url` is the app's own renderer page (file:// to rendererIndex; hash and query ignored).
 * Used to refuse IPC from, and navigation to, any other page.
 */
export function isAppUrl(url: string, rendererIndex: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  parsed.hash = '';
  parsed.search = '';
  const a = path.resolve(fileURLToPath(parsed));
  const b = path.resolve(rendererIndex);
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The sender check registerHandlers needs: a live frame showing our page. */
export function trustedSenderFor(rendererIndex: string) {
  return (frame: { url: string } | null): boolean => frame != null && isAppUrl(frame.url, rendererIndex);
}
