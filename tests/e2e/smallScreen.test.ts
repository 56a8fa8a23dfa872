import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSteps } from '../../shared/process/Process';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let page: Page;
const STEPS = allSteps(BUILTIN_LIBRARY.process);

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  page = await newPage(browser, 1024, 768);
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

/** How many rows the children of `selector` sit on (by their vertical centres). */
async function rowsOf(p: Page, selector: string, mustFit = true): Promise<number> {
  return p.locator(selector).evaluate((el, fit) => {
    const centres = [...el.children]
      .filter((c) => (c as HTMLElement).offsetParent !== null && c.getBoundingClientRect().width > 0)
      .map((c) => {
        const r = c.getBoundingClientRect();
        return r.top + r.height / 2;
      });
    const rows: number[] = [];
    for (const y of centres) if (!rows.some((r) => Math.abs(r - y) < 8)) rows.push(y);
    // Nothing may stick out of the row either (into the step panel, or cut off).
    const box = el.getBoundingClientRect();
    const inside = [...el.children].every((c) => c.getBoundingClientRect().right <= box.right + 0.5);
    return inside || !fit ? rows.length : -1;
  }, mustFit);
}

describe('the editor at 1024×768', () => {
  it('a new workshop opens on step 1 with its first worksheet open', async () => {
    await page.goto(host.url);
    await page.getByTestId('new-workshop').click();
    await page.locator('input[name=name]').fill('เวทีบ้านดอนแก้ว');
    await page.getByTestId('workshop-submit').click();
    const first = STEPS[0]!;
    await page.locator(`[data-testid=step-panel][data-step=${first.id}]`).waitFor();
    await page.getByTestId('table-board').or(page.getByTestId('board-canvas')).first().waitFor();
    const boardTitle = await page.evaluate(() => {
      const s = (
        window as never as {
          __cbmc: {
            store: { getState(): { screen: { boardId: string | null }; doc: { boards: Record<string, { templateId: string }> } } };
          };
        }
      ).__cbmc.store.getState();
      return s.screen.boardId ? s.doc.boards[s.screen.boardId]!.templateId : null;
    });
    expect(boardTitle).toBe(first.worksheets[0]);
    expect(await page.getByTestId(`step-${first.id}`).getAttribute('class')).toContain('current');
    // The table's tools sit on one row, inside the table's width.
    expect(await rowsOf(page, '.table-board .toolbar')).toBe(1);
    await page.screenshot({ path: shotPath('first-screen-1024.png') });
  });

  it('a canvas board beside the step panel keeps its tools on one row; zoom and fit say different things', async () => {
    const cbmcStep = STEPS.find((s) => s.worksheets.includes('cbmc-9'))!;
    await page.getByTestId(`step-${cbmcStep.id}`).click();
    await page.locator(`[data-testid=step-panel][data-step=${cbmcStep.id}]`).waitFor();
    const create = page.getByTestId('create-cbmc-9');
    if (await create.count()) await create.click();
    await page.getByTestId('board-canvas').waitFor();
    await page.getByTestId('step-panel').waitFor();
    await page.screenshot({ path: shotPath('editor-1024.png') });
    expect(await rowsOf(page, '.board-tools')).toBe(1);
    expect(await rowsOf(page, '.template-bar', false)).toBe(1); // it scrolls sideways when narrow
    const zoom = (await page.getByTestId('zoom-level').textContent())!;
    expect(zoom).toMatch(/^\d+%$/);
    expect(zoom).not.toBe(await page.getByTestId('tool-fit').textContent());
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(460);
    expect(canvas.height).toBeGreaterThan(540);

    // The less used tools are one click away.
    await page.click('[data-testid=tool-more] summary');
    await page.getByTestId('tool-duplicate').waitFor();
    await page.getByTestId('tool-menu-fit').waitFor();
    await page.screenshot({ path: shotPath('editor-1024-more.png') });
    await page.click('[data-testid=tool-more] summary');
  });
});
