import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HostError, HTTP_STATUS, type Result } from '../../shared/contract/HostError';
import type { HostApi } from '../../shared/contract/contract';
import { dispatch, failure } from '../services/dispatch';
import { bodyLimitFor, readJsonBody } from './readJsonBody';
import { serveStatic } from './serveStatic';

export interface ServerOptions {
  services: HostApi;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  host?: string;
  port?: number;
  /** Extra routes (PDF downloads) that need more than JSON in, JSON out. */
  extraRoutes?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<boolean>;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The browser host: the same contract as IPC, as `POST /api/<channel>` with a JSON body, plus the
 * built renderer. Listens on 127.0.0.1 unless told otherwise.
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    handle(opts, req, res).catch((e) => sendResult(res, failure(e)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
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
