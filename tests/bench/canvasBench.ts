import type { Browser } from 'playwright-core';
import { newPage } from '../helpers/browserHost';
import { percentile, startFrames, stopFrames } from './frames';

type Seeded = { workshopId: string; boardId: string; grab: { x: number; y: number } };

async function openBoard(browser: Browser, url: string, s: Seeded, count: number) {
  const page = await newPage(browser, 1600, 900);
  await page.goto(`${url}/#/w/${s.workshopId}/b/${s.boardId}`);
  // First full paint: a draw that painted every one of the notes, and the frame after it (so the
  // pixels have reached the screen); the time is the page's own clock, from the start of navigation.
  await page.waitForFunction(
    (n) => {
      const api = (window as never as { __cbmc?: { notesDrawn?: { count: number; paintedAt?: number } } }).__cbmc;
      return api?.notesDrawn?.count === n && api.notesDrawn.paintedAt !== undefined;
    },
    count,
    { polling: 50, timeout: 60_000 },
  );
  const openMs = await page.evaluate(
    () => (window as never as { __cbmc: { notesDrawn: { paintedAt: number } } }).__cbmc.notesDrawn.paintedAt,
  );
  const toPage = (x: number, y: number) =>
    page.evaluate(
      ([bx, by]) => {
        const vp = (window as never as { __cbmc: { viewport: { x: number; y: number; scale: number; rect: DOMRect } } }).__cbmc.viewport;
        return { x: vp.rect.left + vp.x + bx! * vp.scale, y: vp.rect.top + vp.y + by! * vp.scale };
      },
      [x, y],
    );
  return { page, openMs, toPage };
}

/** Frame times while dragging one note 60 steps on a board of `count` notes. */
export async function benchDrag(browser: Browser, url: string, s: Seeded, count: number) {
  const { page, openMs, toPage } = await openBoard(browser, url, s, count);
  const from = await toPage(s.grab.x, s.grab.y);
  await page.mouse.move(from.x, from.y);
  await startFrames(page);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 3); // lift: the pickup frame
  const pickup: number[] = [];
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  pickup.push(...(await stopFrames(page)));
  await startFrames(page);
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(from.x + 6 + i * 6, from.y + 3 + i * 2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  const drag = await stopFrames(page);
  await startFrames(page);
  await page.mouse.up();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  pickup.push(...(await stopFrames(page)));
  await page.close();
  return { p95: percentile(drag, 95), pickup: Math.max(...pickup), openMs };
}

/** Frame times while panning the board 60 steps by dragging empty space. */
export async function benchPan(browser: Browser, url: string, s: Seeded, count: number) {
  const { page, toPage } = await openBoard(browser, url, s, count);
  const start = await toPage(-60, 400); // left of the board: empty space
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(start.x + i * 5, start.y + i * 2);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  const frames = await stopFrames(page);
  await page.mouse.up();
  await page.close();
  return { p95: percentile(frames, 95) };
}
