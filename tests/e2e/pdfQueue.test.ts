import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';
import { seedWorkshop } from '../bench/seed';

let host: Host;
let browser: Browser;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

const post = async (channel: string, body: unknown) =>
  (
    await (
      await fetch(`${host.url}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()
  ).value;

describe('PDF queue in the browser', () => {
  it('a third PDF waits its turn, says so, then downloads', async () => {
    const big = await seedWorkshop(host.services, 800);
    // Two whole packs of 800 notes take both drawing slots for a while.
    for (let i = 0; i < 2; i++) await post('pdf.start', { workshopId: big.workshopId, request: { kind: 'pack' } });
    const page = await newPage(browser);
    await page.goto(`${host.url}/#/w/${big.workshopId}/b/${big.boardId}`);
    await page.click('[data-testid=export-pdf]');
    await page.check('[data-testid=pdf-kind-board]');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.click('[data-testid=pdf-go]');
    await expect.poll(() => page.textContent('[data-testid=pdf-progress]'), { timeout: 10_000 }).toMatch(/รอคิว/);
    await page.screenshot({ path: shotPath('pdf-queued.png') });
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await page.close();
  }, 180_000);
});
