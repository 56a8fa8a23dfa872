import type { Browser } from 'playwright-core';
import { newPage } from '../helpers/browserHost';
import { percentile, startFrames, stopFrames } from './frames';

type Seeded = { workshopId: string; boardId: string };

/**
 * Frame times while presentation mode glides from block to block (→ through every block, then
 * Home back to the whole board) on a board of `count` notes.
 */
export async function benchFocusGlide(browser: Browser, url: string, s: Seeded, count: number): Promise<{ p95: number }> {
  const page = await newPage(browser, 1600, 900);
  await page.goto(`${url}/#/w/${s.workshopId}/b/${s.boardId}`);
  await page.waitForFunction(
    (n) => (window as never as { __cbmc?: { notesDrawn?: { count: number } } }).__cbmc?.notesDrawn?.count === n,
    count,
    { polling: 50, timeout: 60_000 },
  );
  const settled = () =>
    page.waitForFunction(() => (window as never as { __cbmc: { gliding?: boolean } }).__cbmc.gliding === false, undefined, { polling: 20 });
  await page.keyboard.press('F5');
  await page.getByTestId('present-panel').waitFor();
  await settled();
  const blocks = await page.evaluate(
    () => (window as never as { __cbmc: { presentation: { blockIds: string[] } } }).__cbmc.presentation.blockIds.length,
  );
  const frames: number[] = [];
  for (let i = 0; i <= blocks; i++) {
    await startFrames(page);
    await page.keyboard.press(i < blocks ? 'ArrowRight' : 'Home');
    await page
      .waitForFunction(() => (window as never as { __cbmc: { gliding?: boolean } }).__cbmc.gliding === true, undefined, { polling: 'raf' })
      .catch(() => undefined);
    await settled();
    frames.push(...(await stopFrames(page)));
  }
  await page.close();
  return { p95: percentile(frames, 95) };
}
