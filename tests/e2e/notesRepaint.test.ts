import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  imageDifference,
  lastFullDraw,
  liveViewport,
  nextFrames,
  notesLayerImage,
  setViewport,
  waitBoardPainted,
  waitRedrawn,
  waitSaved,
} from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';
import { seedWorkshop } from '../bench/seed';

/**
 * On a crowded board, lifting and dropping a note repaints only the region it leaves and enters.
 * What the notes layer shows afterwards must be exactly what a full redraw of the same state
 * shows: no note left behind, none lost, overlaps in the right order.
 */
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

/** Draws the whole notes layer again for the same view (by moving away a pixel and back) and returns it. */
async function fullRedraw(page: Page): Promise<string> {
  const v = await liveViewport(page);
  const t0 = await lastFullDraw(page);
  await setViewport(page, v.boardId, { x: v.x + 1, y: v.y, scale: v.scale });
  await waitRedrawn(page, t0);
  const t1 = await lastFullDraw(page);
  await setViewport(page, v.boardId, { x: v.x, y: v.y, scale: v.scale });
  await waitRedrawn(page, t1);
  return notesLayerImage(page);
}

/**
 * The same picture. A path of a thousand rectangles is antialiased a shade differently from a path
 * of a few, so along some edges a channel may differ by a level or two, which no eye sees; a note
 * left behind, lost or drawn out of order differs by far more.
 */
function expectSamePicture(diff: { pixels: number; most: number }): void {
  expect(diff.most).toBeLessThanOrEqual(3);
}

// 300 notes are drawn with their text at the fitted zoom, 1,200 as text bars (level of detail).
describe.each([300, 1200])('a board of %i notes', (count) => {
  let page: Page;
  let seeded: Awaited<ReturnType<typeof seedWorkshop>>;
  /** The note under the pointer (the topmost there), lifted by the first test. */
  let liftedId: string;

  beforeAll(async () => {
    seeded = await seedWorkshop(host.services, count);
    page = await newPage(browser);
    await page.goto(`${host.url}/#/w/${seeded.workshopId}/b/${seeded.boardId}`);
    await waitBoardPainted(page, count);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('lifting a note repaints only where it was, and the board then looks as a full redraw does', async () => {
    const v = await liveViewport(page);
    const grab = { x: v.left + v.x + seeded.grab.x * v.scale, y: v.top + v.y + seeded.grab.y * v.scale };
    const before = await lastFullDraw(page);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 40, grab.y + 30, { steps: 3 });
    await nextFrames(page);

    // The note rides on its own canvas, moved by the pointer's travel; the board was not redrawn.
    const lifted = await page.evaluate(() => {
      const el = document.querySelector<HTMLCanvasElement>('.lifted-notes')!;
      return { display: getComputedStyle(el).display, transform: el.style.transform };
    });
    expect(lifted).toEqual({ display: 'block', transform: 'translate(40px, 30px)' });
    liftedId = await page.evaluate(
      () => (window as never as { __cbmc: { store: { getState(): { draggingIds: string[] } } } }).__cbmc.store.getState().draggingIds[0]!,
    );
    expect(await lastFullDraw(page)).toBe(before);
    await page.screenshot({ path: shotPath(`repaint-${count}-lifted.png`) });

    const partial = await notesLayerImage(page);
    expectSamePicture(await imageDifference(page, partial, await fullRedraw(page)));
  });

  it('dropping it repaints only where it lands, and the board then looks as a full redraw does', async () => {
    const v = await liveViewport(page);
    const grab = { x: v.left + v.x + seeded.grab.x * v.scale, y: v.top + v.y + seeded.grab.y * v.scale };
    const was = (await host.services['workshop.open']({ id: seeded.workshopId as never })).doc.notes[liftedId]!;
    await page.mouse.move(grab.x + 260, grab.y + 120, { steps: 4 });
    const before = await lastFullDraw(page);
    await page.mouse.up();
    await nextFrames(page);
    await waitSaved(page);
    expect(await lastFullDraw(page)).toBe(before);
    const stored = (await host.services['workshop.open']({ id: seeded.workshopId as never })).doc.notes[liftedId]!;
    expect([stored.blockId, stored.x, stored.y]).not.toEqual([was.blockId, was.x, was.y]);
    await page.screenshot({ path: shotPath(`repaint-${count}-dropped.png`) });

    const partial = await notesLayerImage(page);
    expectSamePicture(await imageDifference(page, partial, await fullRedraw(page)));
  });
});
