import type { Session } from 'electron';

/**
 * The page's Content-Security-Policy. The same string goes into renderer/index.html as a <meta>
 * tag: Electron does not reliably run webRequest hooks for file:// (electron#23485, #45903), so the
 * meta tag is the guarantee and the header below is a second layer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // react-konva/React inline styles
  "font-src 'self'",
  "img-src 'self' data: blob:",
  // The facilitator's window talks to its own open room over a loopback socket (any port: rooms pick one).
  "connect-src 'self' ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Adds the CSP header to file:// responses, replacing any other CSP header. */
export function installCsp(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    const headers: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(details.responseHeaders ?? {})) {
      if (k.toLowerCase() !== 'content-security-policy') headers[k] = v;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}
