import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let workshopId: string;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  const w = await host.services['workshops.create']({
    fields: { name: 'เวทีจับเวลา', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
  });
  workshopId = w.id;
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

/** "4:59" → seconds. */
const seconds = (text: string) => {
  const [m, s] = text.split(':').map(Number);
  return m! * 60 + s!;
};

describe('the facilitator timer', () => {
  it('counts down 5 minutes and keeps counting through a reload', async () => {
    const page = await newPage(browser, 1024, 768);
    await page.goto(`${host.url}/#/w/${workshopId}`);
    await page.getByTestId('board-canvas').or(page.getByTestId('table-board')).first().waitFor();
    await page.getByTestId('timer-face').click();
    await page.getByTestId('timer-5').click();
    const first = seconds((await page.getByTestId('timer-left').textContent())!);
    expect(first).toBeGreaterThan(290);
    expect(first).toBeLessThanOrEqual(300);
    await page.screenshot({ path: shotPath('timer-editor-1024.png') });

    await page.reload();
    await page.getByTestId('timer-left').waitFor();
    await expect.poll(async () => (await page.getByTestId('timer-left').textContent())!).toMatch(/^\d+:\d\d$/);
    const after = seconds((await page.getByTestId('timer-left').textContent())!);
    expect(after).toBeLessThanOrEqual(first);
    expect(after).toBeGreaterThan(280);
    await page.context().close();
  });

  it('rings once at zero unless muted, and says time is up', async () => {
    const page = await newPage(browser, 1024, 768);
    await page.goto(`${host.url}/#/w/${workshopId}`);
    await page.getByTestId('timer-face').click();
    await page.getByTestId('timer-custom').fill('0.02'); // a little over a second
    await page.getByTestId('timer-custom').press('Enter');
    await expect.poll(() => page.getByTestId('timer-left').textContent(), { timeout: 5000 }).toBe('หมดเวลา');
    await expect.poll(() => page.evaluate(() => (window as never as { __cbmc: { beeps?: number } }).__cbmc.beeps ?? 0)).toBe(1);

    await page.getByTestId('timer-face').click();
    await page.getByTestId('timer-mute').click();
    await page.getByTestId('timer-custom').fill('0.02');
    await page.getByTestId('timer-custom').press('Enter');
    await expect.poll(() => page.getByTestId('timer-left').textContent(), { timeout: 5000 }).toBe('หมดเวลา');
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as never as { __cbmc: { beeps?: number } }).__cbmc.beeps)).toBe(1);

    // Bad input is refused with a message and the timer is left as it was.
    await page.getByTestId('timer-face').click();
    await page.getByTestId('timer-custom').fill('0');
    await page.getByTestId('timer-custom').press('Enter');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('1 ถึง 600');
    await page.context().close();
  });
});
