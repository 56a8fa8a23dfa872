import type { Page } from 'playwright-core';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';

/** Reads the page's store: the document as the editor holds it. */
export async function docInPage(page: Page): Promise<WorkshopDoc> {
  return page.evaluate(() => (window as never as { __cbmc: { store: { getState(): { doc: unknown } } } }).__cbmc.store.getState().doc) as Promise<WorkshopDoc>;
}

/** Screen position (page pixels) of a board point, using the canvas's live viewport. */
export async function boardToPage(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([bx, by]) => {
      const vp = (window as never as { __cbmc: { viewport: { x: number; y: number; scale: number; rect: DOMRect } } }).__cbmc.viewport;
      return { x: vp.rect.left + vp.x + bx! * vp.scale, y: vp.rect.top + vp.y + by! * vp.scale };
    },
    [x, y],
  );
}

/** Waits until every change the page made has been saved by the host. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === 'saved');
}
