import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startRoomServer, type RunningRoomServer } from '../../electron/room/RoomServer';
import { launchBrowser, newPage, startHost, STATIC_DIR, type Host } from '../helpers/browserHost';
import { recordingHub } from './recordingHub';

const KEY = 'PageSocketKey_0123456789';
let browser: Browser;
let host: Host;
let room: RunningRoomServer;
/** The same room as a phone on the LAN reaches it: bound to 127.0.0.2, so the page's origin is not 127.0.0.1. */
let lanRoom: RunningRoomServer;
const rec = recordingHub();

beforeAll(async () => {
  host = await startHost();
  room = await startRoomServer({
    hub: rec.hub,
    key: KEY,
    staticDir: STATIC_DIR,
    bindHost: '127.0.0.1',
    facilitatorOrigins: [host.url],
  });
  lanRoom = await startRoomServer({ hub: rec.hub, key: KEY, staticDir: STATIC_DIR, bindHost: '127.0.0.2', facilitatorOrigins: [] });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await room?.close();
  await lanRoom?.close();
  await host?.cleanup();
});

/** Opens a socket from the page; 'open', or why not (a CSP refusal, a refused handshake). */
function trySocket(page: Page, url: string): Promise<string> {
  return page.evaluate(
    (u) =>
      new Promise<string>((resolve) => {
        const onViolation = (e: SecurityPolicyViolationEvent) => resolve(`csp:${e.violatedDirective}`);
        document.addEventListener('securitypolicyviolation', onViolation, { once: true });
        try {
          const ws = new WebSocket(u);
          ws.onopen = () => {
            ws.close();
            resolve('open');
          };
          ws.onerror = () => setTimeout(() => resolve('error'), 200);
        } catch (e) {
          resolve(`threw:${(e as Error).name}`);
        }
        setTimeout(() => resolve('timeout'), 4_000);
      }),
    url,
  );
}

describe('in Chromium, the room page and the facilitator page reach the room socket, and only it', () => {
  it('a participant page (another address than 127.0.0.1) opens its own room socket; its CSP stops any other', async () => {
    const page = await newPage(browser, 390, 844);
    await page.goto(`http://127.0.0.2:${lanRoom.port}/r/${KEY}/`);
    const before = rec.accepted.length;
    expect(await trySocket(page, `ws://127.0.0.2:${lanRoom.port}/r/${KEY}/ws`)).toBe('open');
    expect(rec.accepted.length).toBe(before + 1);
    expect(await trySocket(page, `ws://127.0.0.1:${new URL(host.url).port}/anything`)).toMatch(/^csp:connect-src/);
    await page.close();
  });

  it("the browser host's page opens the room socket on loopback; a foreign page is refused at the handshake", async () => {
    const page = await newPage(browser);
    await page.goto(host.url);
    const before = rec.accepted.length;
    expect(await trySocket(page, `ws://127.0.0.1:${room.port}/r/${KEY}/ws`)).toBe('open');
    expect(rec.accepted.length).toBe(before + 1);

    // Another site on this machine (another origin, same CSP-free shape): its Origin is not ours.
    const foreign = await newPage(browser);
    await foreign.route('http://foreign.test/', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' }));
    await foreign.goto('http://foreign.test/');
    expect(await trySocket(foreign, `ws://127.0.0.1:${room.port}/r/${KEY}/ws`)).toBe('error');
    expect(rec.accepted.length).toBe(before + 1);
    await page.close();
    await foreign.close();
  });
});
