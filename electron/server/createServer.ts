import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HostError, HTTP_STATUS, type Result } from '../../shared/contract/HostError';
import type { HostApi } from '../../shared/contract/contract';
import { dispatch, failure } from '../services/dispatch';
import { bilingual } from '../../shared/i18n/bilingual';
import { bodyLimitFor, readJsonBody } from './readJsonBody';
import { createRequestGuard, isLoopbackHost } from './requestGuard';
import { serveStatic } from './serveStatic';

export interface ServerOptions {
  services: HostApi;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  host?: string;
  port?: number;
  /** Binding to an address other machines can reach must be asked for in so many words. */
  allowNetwork?: boolean;
  /** Extra routes (PDF downloads) that need more than JSON in, JSON out. */
  extraRoutes?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The facilitator's page may also reach its open room's socket on loopback (the room picks its port). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self' ws://127.0.0.1:*; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The browser host: the same contract as IPC, as `POST /api/<channel>` with a JSON body, plus the
 * built renderer. Listens on 127.0.0.1 unless told otherwise, and answers only its own page: the
 * Host must be the address it is bound to and the Origin, when sent, its own (see requestGuard).
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !opts.allowNetwork) throw new HostError('forbidden', bilingual('hostNotLoopback', { host }));
  let refuse: ((req: http.IncomingMessage) => string | null) | undefined;
  const server = http.createServer((req, res) => {
    // Checked before anything is read or run: a refused request changes nothing.
    const reason = refuse ? refuse(req) : 'the host is still starting';
    if (reason) return sendResult(res, failure(new HostError('forbidden', bilingual('hostForbidden', { reason }))));
    handle(opts, req, res).catch((e) => sendResult(res, failure(e)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  refuse = createRequestGuard(host, port);
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(opts: ServerOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    if (opts.extraRoutes && (await opts.extraRoutes(req, res, url))) return;
    if (req.method !== 'POST') throw new HostError('invalid', 'API requests must use POST');
    const channel = url.pathname.slice('/api/'.length);
    const payload = await readJsonBody(req, bodyLimitFor(channel));
    return sendResult(res, await dispatch(opts.services, channel, payload));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HostError('invalid', `${req.method} is not supported here`);
  res.setHeader('content-security-policy', CSP);
  serveStatic(opts.staticDir, url.pathname, res);
}

export function sendResult(res: http.ServerResponse, result: Result<unknown>): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const status = result.ok ? 200 : HTTP_STATUS[result.error.code];
  const body = JSON.stringify(result);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}
