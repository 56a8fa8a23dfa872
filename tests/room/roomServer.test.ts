import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRoomServer, type RunningRoomServer } from '../../electron/room/RoomServer';
import { MAX_CLIENT_MESSAGE_BYTES } from '../../shared/room/protocol';
import { openSocket, rawRequest } from '../helpers/roomSocket';
import { FAKE_INTERFACES, recordingHub } from './recordingHub';

const STATIC = path.resolve(import.meta.dirname, '../../dist/renderer');
const KEY = 'k3y-Room_abcdefghijklmn';
let running: RunningRoomServer | null = null;

async function start(extra: Partial<Parameters<typeof startRoomServer>[0]> = {}) {
  const rec = recordingHub();
  running = await startRoomServer({
    hub: rec.hub,
    key: KEY,
    staticDir: STATIC,
    bindHost: '127.0.0.1',
    port: 0,
    facilitatorOrigins: ['http://127.0.0.1:5178', 'file://'],
    interfaces: () => FAKE_INTERFACES,
    ...extra,
  });
  return { rec, port: running.port };
}

afterEach(async () => {
  await running?.close();
  running = null;
});

describe('the room server lets in only its key, on its own addresses', () => {
  it('serves the page under the key, redirects the bare key to its folder, and allows its own socket in the CSP', async () => {
    const { port } = await start();
    const bare = await rawRequest(port, 'GET', `/r/${KEY}?x=1`);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(`/r/${KEY}/?x=1`);
    const page = await rawRequest(port, 'GET', `/r/${KEY}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ws://127.0.0.1:${port}`);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const head = await rawRequest(port, 'HEAD', `/r/${KEY}/`);
    expect(head.status).toBe(200);
  });

  it('answers a wrong key, another path, /api or another method with a bare 404, and refuses the socket', async () => {
    const { port, rec } = await start();
    const wrong = KEY.slice(0, -1) + (KEY.endsWith('n') ? 'm' : 'n');
    for (const [method, p] of [
      ['GET', `/r/${wrong}/`],
      ['GET', `/r/${wrong}`],
      ['GET', '/'],
      ['GET', '/index.html'],
      ['GET', '/api/workshops.list'],
      ['POST', '/api/workshops.list'],
      ['GET', `/r/${KEY}/ws`],
      ['POST', `/r/${KEY}/`],
      ['PUT', `/r/${KEY}/index.html`],
      ['DELETE', `/r/${KEY}/`],
    ] as const) {
      const res = await rawRequest(port, method, p);
      expect(res.status, `${method} ${p}`).toBe(404);
      expect(res.body).toBe('');
    }
    await expect(openSocket(port, `/r/${wrong}/ws`)).rejects.toThrow(/HTTP 404/);
    await expect(openSocket(port, `/r/${KEY}/other`)).rejects.toThrow(/HTTP 404/);
    await expect(openSocket(port, '/api/ws')).rejects.toThrow(/HTTP 404/);
    expect(rec.accepted).toHaveLength(0);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, page and socket alike', async () => {
    const { port, rec } = await start();
    expect((await rawRequest(port, 'GET', `/r/${KEY}/`, { host: `evil.example:${port}` })).status).toBe(403);
    expect((await rawRequest(port, 'GET', `/r/${KEY}/`, { host: '127.0.0.1:1' })).status).toBe(403);
    expect((await rawRequest(port, 'GET', `/r/${KEY}/`, { host: `192.0.2.99:${port}` })).status).toBe(403);
    expect((await rawRequest(port, 'GET', `/r/${KEY}/`, { origin: 'http://evil.example' })).status).toBe(403);
    await expect(openSocket(port, `/r/${KEY}/ws`, { host: `evil.example:${port}` })).rejects.toThrow(/HTTP 403/);
    await expect(openSocket(port, `/r/${KEY}/ws`, { origin: 'http://evil.example' })).rejects.toThrow(/HTTP 403/);
    await expect(openSocket(port, `/r/${KEY}/ws`, { origin: `http://192.0.2.99:${port}` })).rejects.toThrow(/HTTP 403/);
    expect(rec.accepted).toHaveLength(0);

    // The machine's LAN address (as a phone sends it), loopback, and the facilitator's own pages are ours.
    expect((await rawRequest(port, 'GET', `/r/${KEY}/`, { host: `192.0.2.7:${port}` })).status).toBe(200);
    const phone = await openSocket(port, `/r/${KEY}/ws`, { host: `192.0.2.7:${port}`, origin: `http://192.0.2.7:${port}` });
    const browserHost = await openSocket(port, `/r/${KEY}/ws`, { origin: 'http://127.0.0.1:5178' });
    const electron = await openSocket(port, `/r/${KEY}/ws`, { origin: 'file://' });
    expect(rec.accepted).toHaveLength(3);
    for (const s of [phone, browserHost, electron]) s.ws.close();
  });

  it('closes a socket that sends more than the size limit with 1009, and passes nothing of it on', async () => {
    const { port, rec } = await start();
    const s = await openSocket(port, `/r/${KEY}/ws`);
    s.send('x'.repeat(MAX_CLIENT_MESSAGE_BYTES + 1));
    expect((await s.closed).code).toBe(1009);
    expect(rec.received).toHaveLength(0);
    await expect.poll(() => rec.closedConnections()).toBe(1);
  });

  it('closes with the code the hub gives, its reason cut to what a close frame holds', async () => {
    const { port, rec } = await start();
    const s = await openSocket(port, `/r/${KEY}/ws`);
    const long = 'ห้องนี้ปิดแล้ว '.repeat(20);
    rec.accepted[0]!.close(4001, long);
    const closed = await s.closed;
    expect(closed.code).toBe(4001);
    expect(Buffer.byteLength(closed.reason)).toBeLessThanOrEqual(123);
    expect(long.startsWith(closed.reason)).toBe(true);
  });

  it('drops a socket that stops answering pings', async () => {
    const { port, rec } = await start({ heartbeatMs: 100 });
    const s = await openSocket(port, `/r/${KEY}/ws`);
    expect(running!.connections()).toBe(1);
    // A phone that went to sleep: its socket stays open but nothing comes back.
    (s.ws as unknown as { _socket: net.Socket })._socket.pause();
    await expect.poll(() => rec.closedConnections(), { timeout: 3_000 }).toBe(1);
    expect(running!.connections()).toBe(0);
    s.ws.terminate();
  });

  it('after close, says goodbye through the hub and the port refuses connections', async () => {
    const { port, rec } = await start();
    const s = await openSocket(port, `/r/${KEY}/ws`);
    await running!.close();
    running = null;
    expect(rec.hubClosed()).toBe(true);
    expect((await s.closed).code).toBe(4000);
    const refused = await new Promise<string>((resolve) => {
      const c = net.connect(port, '127.0.0.1');
      c.once('connect', () => {
        c.destroy();
        resolve('connected');
      });
      c.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});

describe('bound to every address', () => {
  it('lets in the LAN address and loopback names, never the wildcard or an address the machine does not have', async () => {
    const { port } = await start({ bindHost: '0.0.0.0' });
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `192.0.2.7:${port}`])
      expect((await rawRequest(port, 'GET', `/r/${KEY}/`, { host })).status, host).toBe(200);
    for (const host of [`0.0.0.0:${port}`, `192.0.2.8:${port}`, `evil.example:${port}`])
      expect((await rawRequest(port, 'GET', `/r/${KEY}/`, { host })).status, host).toBe(403);
  });
});
