import type { Page } from 'playwright-core';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';

/** Reads the page's store: the document as the editor holds it. */
export async function docInPage(page: Page): Promise<WorkshopDoc> {
  return page.evaluate(
    () => (window as never as { __cbmc: { store: { getState(): { doc: unknown } } } }).__cbmc.store.getState().doc,
  ) as Promise<WorkshopDoc>;
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

/** Waits until the board has fully drawn `count` notes and that draw has reached the screen. */
export async function waitBoardPainted(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const d = (window as never as { __cbmc?: { notesDrawn?: { count: number; paintedAt?: number } } }).__cbmc?.notesDrawn;
      return d?.count === n && d.paintedAt !== undefined;
    },
    count,
    { polling: 50 },
  );
}

/** Waits for a full draw of the notes layer after the one at `since` (lastFullDraw) to reach the screen. */
export async function waitRedrawn(page: Page, since: number): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const d = (window as never as { __cbmc?: { notesDrawn?: { at: number; paintedAt?: number } } }).__cbmc?.notesDrawn;
      return d !== undefined && d.at > t && d.paintedAt !== undefined;
    },
    since,
    { polling: 50 },
  );
}

/** The time of the last full draw of the notes layer (it changes only when the whole layer is drawn). */
export async function lastFullDraw(page: Page): Promise<number> {
  return page.evaluate(() => (window as never as { __cbmc: { notesDrawn: { at: number } } }).__cbmc.notesDrawn.at);
}

/** Lets two animation frames pass, so whatever was drawn has been shown. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The colour [r, g, b, a] the notes layer (the board's second canvas) shows at a page point. */
export async function notesLayerPixel(page: Page, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    ([px, py]) => {
      const canvas = document.querySelectorAll<HTMLCanvasElement>('[data-testid=board-canvas] .konvajs-content canvas')[1]!;
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const data = canvas
        .getContext('2d')!
        .getImageData(Math.floor((px! - box.left) * ratio), Math.floor((py! - box.top) * ratio), 1, 1).data;
      return Array.from(data);
    },
    [x, y],
  );
}

/** Every pixel of the notes layer, as a data URL: two equal strings are two identical pictures. */
export async function notesLayerImage(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.querySelectorAll<HTMLCanvasElement>('[data-testid=board-canvas] .konvajs-content canvas')[1]!.toDataURL(),
  );
}

/**
 * The live viewport of the open board: where board point (0, 0) is on the canvas, the scale, and
 * where the canvas is on the page.
 */
export async function liveViewport(
  page: Page,
): Promise<{ x: number; y: number; scale: number; boardId: string; left: number; top: number }> {
  return page.evaluate(() => {
    const v = (window as never as { __cbmc: { viewport: { x: number; y: number; scale: number; boardId: string; rect: DOMRect } } }).__cbmc
      .viewport;
    return { x: v.x, y: v.y, scale: v.scale, boardId: v.boardId, left: v.rect.left, top: v.rect.top };
  });
}

/** Sets the open board's viewport through the store, as the zoom buttons do. */
export async function setViewport(page: Page, boardId: string, v: { x: number; y: number; scale: number }): Promise<void> {
  await page.evaluate(
    ([id, vp]) =>
      (window as never as { __cbmc: { store: { getState(): { setViewport(id: string, v: object): void } } } }).__cbmc.store
        .getState()
        .setViewport(id as string, vp as object),
    [boardId, v] as const,
  );
}

/**
 * How two pictures of the notes layer (notesLayerImage) differ: how many pixels, and by how much
 * at most in any colour channel.
 */
export async function imageDifference(page: Page, a: string, b: string): Promise<{ pixels: number; most: number }> {
  return page.evaluate(
    async ([x, y]) => {
      const read = async (url: string) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const [p, q] = await Promise.all([read(x!), read(y!)]);
      let pixels = 0;
      let most = 0;
      for (let i = 0; i < p.length; i += 4) {
        let d = 0;
        for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(p[i + k]! - q[i + k]!));
        if (d > 0) pixels++;
        most = Math.max(most, d);
      }
      return { pixels, most };
    },
    [a, b],
  );
}

/**
 * What a screenshot of a page region shows: how many pixels there are, how many are (within 3 per
 * channel) the colour `hex`, and how many are dark like text (every channel below 110).
 */
export async function regionPixels(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  hex: string,
): Promise<{ total: number; matching: number; dark: number }> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ([data, colour]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const want = [1, 3, 5].map((i) => parseInt(colour!.slice(i, i + 2), 16));
      let matching = 0;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (want.every((v, k) => Math.abs(px[i + k]! - v) <= 3)) matching++;
        if (px[i]! < 110 && px[i + 1]! < 110 && px[i + 2]! < 110) dark++;
      }
      return { total: px.length / 4, matching, dark };
    },
    [png, hex] as const,
  );
}

/** The note editor is open and has the keyboard (it takes the caret on the frame after it opens). */
export async function editorFocused(page: Page): Promise<void> {
  await page.getByTestId('note-editor').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'note-editor', undefined, { timeout: 10_000 });
}
