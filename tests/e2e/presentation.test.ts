import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects } from '../../shared/geometry/boardGeometry';
import { NOTE_COLORS, type Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let workshopId: string;
const layout = cbmc9.layout as CanvasLayout;
const order = blockRects(layout).sort((a, b) => a.y - b.y || a.x - b.x);
const PHRASES = ['น้ำพริกแกงสูตรแม่ ปลอดสารพิษ', 'ขายหน้าฟาร์มและออนไลน์', 'กองทุนหมู่บ้านช่วยเรื่องทุน', 'ท่องเที่ยวชุมชน ตาลโตนด'];

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  const w = await host.services['workshops.create']({
    fields: { name: 'เวทีบ้านนาขา', group: 'กลุ่มแม่บ้าน', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
  });
  workshopId = w.id;
  const ops: Op[] = [
    {
      type: 'board.add',
      value: { id: 'board1' as never, templateId: 'cbmc-9', title: 'CBMC', layout, order: 1, createdAt: new Date().toISOString() },
    },
  ];
  // The first two blocks in reading order hold 20 notes each, as many as a block holds in a session.
  let i = 0;
  for (const r of order.slice(0, 2)) {
    for (let k = 0; k < 20; k++, i++) {
      const note: Note = {
        id: `n${i}` as never,
        boardId: 'board1' as never,
        blockId: r.id,
        x: (k % 3) * 145,
        y: 60 + Math.floor(k / 3) * 88,
        w: 140,
        h: 80,
        text: `${PHRASES[k % PHRASES.length]} ${k + 1}`,
        color: NOTE_COLORS[k % 6]!,
        z: i,
      };
      ops.push({ type: 'note.add', value: note });
    }
  }
  await host.services['ops.apply']({ workshopId: workshopId as never, ops });
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

type Api = {
  __cbmc: {
    gliding?: boolean;
    viewport: { scale: number };
    presentation?: { focusedBlockId: string | null };
    drawnFontSize(id: string): number | undefined;
    store: { getState(): { presenting: boolean; viewports: Record<string, unknown> } };
  };
};

async function settled(page: Page) {
  await page.waitForFunction(() => (window as never as Api).__cbmc.gliding === false, undefined, { polling: 50 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The note text of a block on screen, in CSS px: the font size the canvas drew each note with × its
 * scale. Notes zoomed past the window's edge are not drawn; the smallest of those drawn, and how many.
 */
async function notePx(page: Page, ids: string[]): Promise<{ smallest: number; drawn: number }> {
  return page.evaluate((list) => {
    const api = (window as never as Api).__cbmc;
    const sizes = list.map((id) => api.drawnFontSize(id)).filter((s): s is number => s !== undefined);
    return { smallest: Math.min(...sizes) * api.viewport.scale, drawn: sizes.length };
  }, ids);
}

const idsOf = (block: number) => Array.from({ length: 20 }, (_, k) => `n${block * 20 + k}`);

for (const [w, h] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  describe(`presentation mode at ${w}×${h}`, () => {
    it('F5 shows the board alone; ←/→ focus blocks with readable notes and questions; Home and Esc', async () => {
      const page = await newPage(browser, w, h);
      await page.goto(`${host.url}/#/w/${workshopId}/b/board1`);
      await page.getByTestId('board-canvas').waitFor();
      await page.waitForFunction(() => (window as never as { __cbmc: { notesDrawn?: unknown } }).__cbmc.notesDrawn !== undefined);
      await page.getByTestId('timer-face').click();
      await page.getByTestId('timer-10').click();
      await page.keyboard.press('F5');
      await page.getByTestId('present-panel').waitFor();
      // The timer shows large beside the board.
      expect(await page.getByTestId('timer-big-left').textContent()).toMatch(/^(10:00|9:\d\d)$/);
      expect(await page.getByTestId('timer-big-face').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(
        40,
      );
      await settled(page);
      // The board alone: no top bar, sidebar or toolbar, and the canvas fills the window.
      for (const id of ['board-canvas']) {
        const box = await page.getByTestId(id).boundingBox();
        expect(box).toMatchObject({ x: 0, y: 0, width: w, height: h });
      }
      expect(await page.locator('.sidebar').isVisible()).toBe(false);
      expect(await page.locator('.toolbar').isVisible()).toBe(false);
      expect(await page.locator('.topbar').isVisible()).toBe(false);

      await page.keyboard.press('ArrowRight');
      await settled(page);
      expect(await page.evaluate(() => (window as never as Api).__cbmc.presentation!.focusedBlockId)).toBe(order[0]!.id);
      expect(await page.getByTestId('present-title').textContent()).toBe(
        cbmc9.layout.kind === 'canvas' ? layout.blocks.find((b) => b.id === order[0]!.id)!.label_th : '',
      );
      {
        const px = await notePx(page, idsOf(0));
        expect(px.smallest).toBeGreaterThanOrEqual(20);
        expect(px.drawn).toBeGreaterThanOrEqual(9);
      }
      const qPx = await page
        .locator('[data-testid=present-questions] li')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(qPx).toBeGreaterThanOrEqual(24);
      await page.screenshot({ path: shotPath(`presentation-${w}.png`) });

      await page.keyboard.press('ArrowRight');
      await settled(page);
      expect(await page.evaluate(() => (window as never as Api).__cbmc.presentation!.focusedBlockId)).toBe(order[1]!.id);
      {
        const px = await notePx(page, idsOf(1));
        expect(px.smallest).toBeGreaterThanOrEqual(20);
        expect(px.drawn).toBeGreaterThanOrEqual(9);
      }

      await page.keyboard.press('ArrowLeft');
      await settled(page);
      expect(await page.evaluate(() => (window as never as Api).__cbmc.presentation!.focusedBlockId)).toBe(order[0]!.id);

      // Home shows the whole board, where the notes are far smaller than in a focused block.
      await page.keyboard.press('Home');
      await settled(page);
      expect(await page.evaluate(() => (window as never as Api).__cbmc.presentation!.focusedBlockId)).toBeNull();
      expect(await page.evaluate(() => (window as never as Api).__cbmc.viewport.scale)).toBeLessThan(20 / 17);

      // A click on a block focuses it.
      const target = order[4]!;
      const p = await page.evaluate(
        ([bx, by]) => {
          const vp = (window as never as { __cbmc: { viewport: { x: number; y: number; scale: number } } }).__cbmc.viewport;
          return { x: vp.x + bx! * vp.scale, y: vp.y + by! * vp.scale };
        },
        [target.x + target.w / 2, target.y + target.h / 2],
      );
      await page.mouse.click(p.x, p.y);
      await settled(page);
      expect(await page.evaluate(() => (window as never as Api).__cbmc.presentation!.focusedBlockId)).toBe(target.id);

      await page.keyboard.press('Escape');
      await page.getByTestId('present-panel').waitFor({ state: 'detached' });
      expect(await page.locator('.toolbar').isVisible()).toBe(true);
      expect(await page.evaluate(() => (window as never as Api).__cbmc.store.getState().presenting)).toBe(false);
      await page.context().close();
    });
  });
}
