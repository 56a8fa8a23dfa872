import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { MAX_CLIENT_MESSAGE_BYTES, type HostMessage } from '../../shared/room/protocol';
import { serveStatic } from '../server/serveStatic';
import type { InterfaceTable } from './networkAddresses';
import { createRoomGuard } from './roomRequestGuard';
import { secretMatches } from './roomKey';
import type { RoomHubApi } from './types';

export interface RoomServerOptions {
  hub: RoomHubApi;
  /** The room's key: the only way in. */
  key: string;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** Where to listen: '0.0.0.0' (every address, the default) so phones on the LAN can reach it. */
  bindHost?: string;
  /** 0 = any free port. */
  port?: number;
  /** Pages besides the room's own that may open the socket: the facilitator's (browser host URL, 'file://'). */
  facilitatorOrigins?: readonly string[];
  /** The machine's interfaces (tests hand in a table). */
  interfaces?: () => InterfaceTable;
  /** How often every socket is pinged; one that has not answered the previous ping is dropped. */
  heartbeatMs?: number;
}

export interface RunningRoomServer {
  port: number;
  /** Sockets open right now. */
  connections(): number;
  /** Stops listening, says goodbye through the hub, closes every socket and forgets the key. */
  close(): Promise<void>;
}

/** Enough for a room of 30 with spare tabs and reconnects; beyond it a flood, not a workshop. */
const MAX_SOCKETS = 200;

/**
 * The room's own http server, separate from the loopback browser host: it serves the built renderer
 * under `/r/<key>/` and the room socket at `/r/<key>/ws`, and nothing else (no /api). What comes
 * over a socket goes to the hub as text; the size limit is enforced here (ws's maxPayload). A wrong key,
 * another path or another method gets a bare 404; a foreign Host or Origin a bare 403.
 */
export async function startRoomServer(opts: RoomServerOptions): Promise<RunningRoomServer> {
  let key: string | null = opts.key;
  const bindHost = opts.bindHost ?? '0.0.0.0';
  let guard: ((req: http.IncomingMessage) => string | null) | null = null;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE_BYTES, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();
  // The hub hands one patch object to every connection: turn it into text once, not once per person.
  const wire = new WeakMap<HostMessage, string>();
  const text = (msg: HostMessage): string => {
    let s = wire.get(msg);
    if (s === undefined) wire.set(msg, (s = JSON.stringify(msg)));
    return s;
  };

  /** The part of the path after the key, or null when the path does not carry the room's key. */
  const underKey = (pathname: string): string | null => {
    const m = /^\/r\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!m || !secretMatches(m[1]!, key)) return null;
    return m[2] ?? '';
  };

  const server = http.createServer((req, res) => {
    if (!guard || guard(req)) return bare(res, 403);
    if (req.method !== 'GET' && req.method !== 'HEAD') return bare(res, 404);
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    const rest = underKey(url.pathname);
    if (rest === null || rest === '/ws') return bare(res, 404);
    // The relative asset paths of the built page only resolve under a trailing slash.
    if (rest === '') {
      res.writeHead(301, { location: `${url.pathname}/${url.search}`, 'content-length': '0' });
      return res.end();
    }
    const host = req.headers.host!;
    res.setHeader('content-security-policy', roomCsp(host));
    // The key is in the address: never hand it to anything the page links to.
    res.setHeader('referrer-policy', 'no-referrer');
    serveStatic(opts.staticDir, rest, res);
  });
  server.on('clientError', (_e, socket: Duplex) => socket.destroy());

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (!guard || guard(req)) return refuseUpgrade(socket, 403);
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    if (req.method !== 'GET' || underKey(url.pathname) !== '/ws') return refuseUpgrade(socket, 404);
    if (wss.clients.size >= MAX_SOCKETS) return refuseUpgrade(socket, 503);
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  const attach = (ws: WebSocket): void => {
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    const handlers = opts.hub.accept({
      send: (msg: HostMessage) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(text(msg));
      },
      close: (code, reason) => ws.close(code, closeReason(reason)),
    });
    // Schema, participant rules and the op rate are the hub's: it knows who this connection is.
    ws.on('message', (data: RawData) => handlers.onMessage(rawText(data)));
    // A message over maxPayload closes the socket with 1009 (message too big); 'close' follows.
    ws.on('error', () => undefined);
    ws.once('close', () => handlers.onClose());
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  guard = createRoomGuard({ port, bindHost, facilitatorOrigins: opts.facilitatorOrigins ?? [], interfaces: opts.interfaces });

  // Phones sleep and Wi-Fi drops without a goodbye: a socket that misses a ping is dead.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, opts.heartbeatMs ?? 30_000);
  heartbeat.unref();

  let closing: Promise<void> | null = null;
  return {
    port,
    connections: () => wss.clients.size,
    close: () =>
      (closing ??= (async () => {
        key = null;
        clearInterval(heartbeat);
        const stopped = new Promise<void>((r) => server.close(() => r()));
        // The hub says goodbye (CLOSE.roomClosed) so pages do not try to come back.
        opts.hub.close();
        await allClosed(wss, 1_000);
        for (const ws of wss.clients) ws.terminate();
        server.closeAllConnections();
        wss.close();
        await stopped;
      })()),
  };
}

/** A close frame's reason is at most 123 bytes of UTF-8 (ws throws beyond): cut between characters. */
function closeReason(reason: string): string {
  let out = reason;
  while (Buffer.byteLength(out) > 123) out = [...out].slice(0, -1).join('');
  return out;
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/** The page may talk to its own socket and nothing else. */
function roomCsp(host: string): string {
  return (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
    `img-src 'self' data: blob:; connect-src 'self' ws://${host}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`
  );
}

function bare(res: http.ServerResponse, status: number): void {
  res.writeHead(status, { 'content-length': '0', 'cache-control': 'no-store' });
  res.end();
}

function refuseUpgrade(socket: Duplex, status: 403 | 404 | 503): void {
  const text = status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : 'Service Unavailable';
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  (socket as Socket).destroySoon?.();
}

function allClosed(wss: WebSocketServer, ms: number): Promise<void> {
  if (wss.clients.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const check = () => {
      if ([...wss.clients].every((c) => c.readyState === WebSocket.CLOSED)) {
        clearTimeout(timer);
        resolve();
      }
    };
    for (const ws of wss.clients) ws.once('close', check);
    check();
  });
}
