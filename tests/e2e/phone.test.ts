import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects, noteRect, placeNote, type Point, type Rect } from '../../shared/geometry/boardGeometry';
import { NOTE_SIZE, type Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { boardToPage, docInPage, editorFocused, liveViewport, nextFrames, waitBoardPainted, waitSaved } from '../helpers/boardPage';
import { launchBrowser, shotPath, startHost, type Host } from '../helpers/browserHost';

/**
 * The board on a phone: Chromium emulating a 390×844 touch screen. Fingers are real touch events sent
 * through the DevTools protocol (Input.dispatchTouchEvent), so the page sees what a phone sends.
 */
const layout = cbmc9.layout as CanvasLayout;
const block = (id: string) => blockRects(layout).find((b) => b.id === id)!;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let host: Host;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let workshopId: string;
const boardId = 'phone';
const boardUrl = () => `${host.url}/#/w/${workshopId}/b/${boardId}`;

const NOTES: Array<Pick<Note, 'blockId' | 'x' | 'y' | 'color' | 'text'> & { id: string }> = [
  { id: 'a', blockId: 'value', x: 40, y: 200, color: 'yellow', text: 'น้ำพริกแกงสูตรแม่ ปลอดสารพิษ' },
  { id: 'b', blockId: 'partners', x: 40, y: 200, color: 'blue', text: 'กองทุนหมู่บ้านช่วยเรื่องทุน' },
];

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  cdp = await context.newCDPSession(page);
  const w = await host.services['workshops.create']({
    fields: { name: 'เวทีบนมือถือ', group: 'กลุ่มแม่บ้าน', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
  });
  workshopId = w.id;
  const ops: Op[] = [
    {
      type: 'board.add',
      value: { id: boardId as never, templateId: 'cbmc-9', title: 'CBMC', layout, order: 1, createdAt: new Date().toISOString() },
    },
  ];
  NOTES.forEach((n, z) =>
    ops.push({ type: 'note.add', value: { ...n, id: n.id as never, boardId: boardId as never, w: NOTE_SIZE.w, h: NOTE_SIZE.h, z } }),
  );
  await host.services['ops.apply']({ workshopId: w.id as never, ops });
  await page.goto(boardUrl());
  await waitBoardPainted(page, NOTES.length);
});
afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

const storedNotes = async () => (await host.services['workshop.open']({ id: workshopId as never })).doc.notes;
const centreOf = (r: Rect): Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const state = <T>(pick: string) =>
  page.evaluate((path) => {
    let v: unknown = (window as never as { __cbmc: { store: { getState(): unknown } } }).__cbmc.store.getState();
    for (const k of path.split('.')) v = (v as Record<string, unknown>)[k];
    return v;
  }, pick) as Promise<T>;

/** Fingers: each step puts every finger where the list says (page pixels); an empty step lifts them all. */
/** `at`: when the fingers moved (seconds since the epoch), for gestures whose timing counts (a double tap). */
async function touch(steps: Point[][], at?: number): Promise<void> {
  let down = 0;
  for (const points of steps) {
    const touchPoints = points.map((p, id) => ({ x: p.x, y: p.y, id }));
    const type = points.length === 0 ? 'touchEnd' : down === 0 ? 'touchStart' : 'touchMove';
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints, ...(at === undefined ? {} : { timestamp: at }) });
    down = points.length;
  }
}
/** `n` evenly spaced points from a to b, not counting a. */
const path = (a: Point, b: Point, n: number): Point[] =>
  Array.from({ length: n }, (_, i) => ({ x: a.x + ((b.x - a.x) * (i + 1)) / n, y: a.y + ((b.y - a.y) * (i + 1)) / n }));

describe('the board on a phone (390×844, touch)', () => {
  it('fits the screen: nothing sticks out sideways, tools are in the ⋯ menus, text fields are at least 16 px', async () => {
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      wide: [...document.querySelectorAll<HTMLElement>('.topbar *, .board-tools > *, .quick-note-open, .drawer-toggle')]
        .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().width > 0)
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 || e.getBoundingClientRect().left < -0.5)
        .map((e) => e.className || e.tagName),
    }));
    expect(overflow).toEqual({ page: 390, body: 390, wide: [] });
    // The canvas takes most of the screen.
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    expect(canvas.width).toBe(390);
    expect(canvas.height).toBeGreaterThan(500);
    await expect.poll(() => page.getByTestId('export-pdf').isVisible()).toBe(false);
    await page.getByTestId('topbar-more').tap();
    await page.getByTestId('export-pdf').waitFor();
    const menu = (await page.locator('.collapsing-items').boundingBox())!;
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shotPath('phone-menu.png') });
    await page.getByTestId('board-canvas').tap({ position: { x: 5, y: canvas.height - 5 } }); // closes the menu
    await expect.poll(() => page.getByTestId('export-pdf').isVisible()).toBe(false);
    // Search, from the same menu: its field is 16 px, so focusing it does not zoom the page.
    await page.getByTestId('topbar-more').tap();
    await page.getByTestId('open-search').tap();
    const field = page.locator('.search-panel input').first();
    await field.waitFor();
    expect(await field.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(16);
    const panel = (await page.locator('.search-panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.search-panel').count()).toBe(0);

    // The steps and boards slide in over the board and away again.
    const sidebar = page.locator('.sidebar');
    expect((await sidebar.boundingBox())!.x + (await sidebar.boundingBox())!.width).toBeLessThanOrEqual(0);
    await page.getByTestId('drawer-toggle').tap();
    await expect.poll(async () => (await sidebar.boundingBox())!.x).toBe(0);
    await page.getByTestId('tab-boards').tap();
    await page.screenshot({ path: shotPath('phone-drawer.png') });
    await page.getByTestId('board-link').first().tap(); // opening a board closes the drawer
    await expect.poll(async () => (await sidebar.boundingBox())!.x + (await sidebar.boundingBox())!.width).toBeLessThanOrEqual(0);

    // The board's colours are in its ⋯ menu.
    await page.locator('[data-testid=tool-more] > summary').tap();
    await page.getByTestId('menu-color-green').waitFor();
    await page.screenshot({ path: shotPath('phone-board-menu.png') });
    await page.locator('[data-testid=tool-more] > summary').tap();
    await expect.poll(() => page.getByTestId('menu-color-green').isVisible()).toBe(false);
    await page.screenshot({ path: shotPath('phone-board.png') });
  });

  it('two fingers pinch: the zoom follows their spread and the board point between them stays between them', async () => {
    const before = await liveViewport(page);
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    const mid = { x: canvas.x + 200, y: canvas.y + 300 };
    const from = [
      { x: mid.x - 40, y: mid.y - 30 },
      { x: mid.x + 40, y: mid.y + 30 },
    ];
    // Apart to three times the distance, while their midpoint moves 30 px left and 20 px down.
    const to = [
      { x: mid.x - 150, y: mid.y - 70 },
      { x: mid.x + 90, y: mid.y + 110 },
    ];
    const a = path(from[0]!, to[0]!, 8);
    const b = path(from[1]!, to[1]!, 8);
    await touch([from, ...a.map((p, i) => [p, b[i]!]), []]);
    await expect.poll(async () => (await liveViewport(page)).scale).not.toBe(before.scale);
    const after = await liveViewport(page);
    expect(after.scale / before.scale).toBeCloseTo(3, 5);
    const under = (v: typeof before, p: Point) => ({ x: (p.x - v.left - v.x) / v.scale, y: (p.y - v.top - v.y) / v.scale });
    const m0 = { x: mid.x, y: mid.y };
    const m1 = { x: (to[0]!.x + to[1]!.x) / 2, y: (to[0]!.y + to[1]!.y) / 2 };
    expect(under(after, m1).x).toBeCloseTo(under(before, m0).x, 1);
    expect(under(after, m1).y).toBeCloseTo(under(before, m0).y, 1);
    expect(await page.textContent('.zoom-level')).toBe(`${Math.round(after.scale * 100)}%`);
    // Nothing was selected or moved by the fingers.
    expect(await state<string[]>('selectedNoteIds')).toEqual([]);
    expect((await docInPage(page)).notes.a).toEqual((await storedNotes()).a);
    await page.screenshot({ path: shotPath('phone-pinched.png') });
    // Pinch back out to see the board whole again.
    await touch([to, ...path(to[0]!, from[0]!, 6).map((p, i) => [p, path(to[1]!, from[1]!, 6)[i]!]), []]);
    await expect.poll(async () => (await liveViewport(page)).scale).toBeCloseTo(before.scale, 5);
  });

  it('one finger on a note drags it to another block, as one undo step, and it is stored (after a reload too)', async () => {
    const from = noteRect(layout, (await docInPage(page)).notes.a!);
    const grab = await boardToPage(page, centreOf(from).x, centreOf(from).y);
    const target = centreOf(block('customers'));
    const drop = await boardToPage(page, target.x, target.y);
    const undoSteps = (await state<unknown[]>('past')).length;
    await touch([[grab], ...path(grab, drop, 10).map((p) => [p]), []]);
    await waitSaved(page);
    const vp = await liveViewport(page);
    const expected = placeNote(layout, { x: from.x + (drop.x - grab.x) / vp.scale, y: from.y + (drop.y - grab.y) / vp.scale }, from);
    const stored = (await storedNotes()).a!;
    expect({ blockId: stored.blockId, x: stored.x, y: stored.y }).toEqual(expected);
    expect(stored.blockId).toBe('customers');
    expect((await state<unknown[]>('past')).length).toBe(undoSteps + 1);
    expect(vp.scale).toBeCloseTo((await liveViewport(page)).scale, 10); // the drag did not pan

    await page.reload();
    await waitBoardPainted(page, NOTES.length);
    const reloaded = (await docInPage(page)).notes.a!;
    expect({ blockId: reloaded.blockId, x: reloaded.x, y: reloaded.y }).toEqual(expected);
  });

  it('one finger on empty board pans; a tap selects a note, a second tap opens its editor', async () => {
    const before = await liveViewport(page);
    const p = block('partners');
    const start = await boardToPage(page, p.x + 20, p.y + 120);
    await touch([[start], ...path(start, { x: start.x + 60, y: start.y + 90 }, 6).map((q) => [q]), []]);
    await expect.poll(async () => (await liveViewport(page)).x).toBeCloseTo(before.x + 60, 1);
    expect((await liveViewport(page)).y).toBeCloseTo(before.y + 90, 1);
    expect((await liveViewport(page)).scale).toBe(before.scale);

    const b = noteRect(layout, (await docInPage(page)).notes.b!);
    const at = await boardToPage(page, centreOf(b).x, centreOf(b).y);
    await touch([[at], []]);
    await expect.poll(() => state<string[]>('selectedNoteIds')).toEqual(['b']);
    expect(await page.getByTestId('note-editor').count()).toBe(0);
    await page.waitForTimeout(400); // not a double tap: the second tap alone opens it
    await touch([[at], []]);
    await page.getByTestId('note-editor').waitFor();
    await expect.poll(() => page.getByTestId('note-editor').inputValue()).toBe(NOTES[1]!.text);
    // The board came closer so the text being edited is at least 16 px (a phone would zoom the page otherwise).
    const fontPx = () => page.getByTestId('note-editor').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(before.scale * 17).toBeLessThan(16);
    await expect.poll(fontPx).toBeGreaterThanOrEqual(16);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('note-editor').count()).toBe(0);
    expect((await storedNotes()).b!.text).toBe(NOTES[1]!.text);

    // Editing brought the board closer; the ⋯ menu fits it to the screen again.
    await page.locator('[data-testid=tool-more] > summary').tap();
    await page.getByTestId('tool-menu-fit').tap();
    await expect.poll(async () => (await liveViewport(page)).scale).toBeLessThan(0.5);

    // A double tap on empty space in a block writes a new note there.
    const rev = block('revenue');
    const spot = await boardToPage(page, rev.x + rev.w - 150, rev.y + rev.h - 100);
    // Two taps 0.15 s apart by their own timestamps, however long the machine takes to deliver them.
    const t0 = Date.now() / 1000;
    await touch([[spot], []], t0);
    await touch([[spot], []], t0 + 0.15);
    await editorFocused(page);
    expect(await state<string | null>('selectedBlockId')).toBe('revenue');
    await page.keyboard.insertText('ค่าสมาชิกกลุ่มปีละ ๑๐๐ บาท');
    await page.keyboard.press('Control+Enter');
    await waitSaved(page);
    const added = Object.values(await storedNotes()).filter((n) => !NOTES.some((x) => x.id === n.id));
    expect(added.map((n) => [n.blockId, n.text])).toEqual([['revenue', 'ค่าสมาชิกกลุ่มปีละ ๑๐๐ บาท']]);
  });

  it('the "+ Note" sheet puts a Thai note in the chosen block, above the on-screen keyboard, and shows it', async () => {
    // Headless Chromium has no on-screen keyboard: stand one in by shrinking the visual viewport as a phone does.
    const KEYBOARD = 320;
    await page.evaluate(() => {
      const fake = Object.assign(new EventTarget(), { width: 390, height: 844, offsetTop: 0, offsetLeft: 0, scale: 1 });
      Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => fake });
    });
    const open = page.getByTestId('quick-note-open');
    const fab = (await open.boundingBox())!;
    expect(fab.x + fab.width).toBeLessThanOrEqual(390);
    await open.tap();
    const sheet = page.getByTestId('quick-note-sheet');
    await sheet.waitFor();
    // The text field has focus, so the keyboard comes up and the visual viewport shrinks.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('quick-note-text');
    await page.evaluate((kb) => {
      const fake = window.visualViewport as unknown as EventTarget & { height: number };
      fake.height = 844 - kb;
      fake.dispatchEvent(new Event('resize'));
      const keys = document.createElement('div');
      keys.id = 'test-keyboard';
      keys.textContent = 'keyboard';
      Object.assign(keys.style, {
        position: 'fixed',
        left: '0',
        right: '0',
        bottom: '0',
        height: `${kb}px`,
        background: 'repeating-linear-gradient(90deg,#c9ced6 0 36px,#b5bcc6 36px 39px)',
        zIndex: '1000',
        font: '24px sans-serif',
        textAlign: 'center',
        paddingTop: '120px',
        pointerEvents: 'none',
      });
      document.body.append(keys);
    }, KEYBOARD);
    // The block chosen on the board (by the double tap before) is chosen in the sheet too.
    expect(await page.getByTestId('quick-note-block-revenue').getAttribute('aria-checked')).toBe('true');
    // Sending without text says what is missing and sends nothing.
    const count = Object.keys(await storedNotes()).length;
    await page.getByTestId('quick-note-send').tap();
    await page.locator('.quick-note-sheet [role=alert]').waitFor();
    expect(await sheet.isVisible()).toBe(true);
    expect(Object.keys((await docInPage(page)).notes)).toHaveLength(count);
    const text = 'ขายน้ำพริกผ่านไลน์กลุ่มของหมู่บ้าน ส่งถึงบ้านทุกวันศุกร์';
    await page.getByTestId('quick-note-text').fill(text);
    await page.getByTestId('quick-note-block-channels').tap();
    expect(await page.getByTestId('quick-note-block-revenue').getAttribute('aria-checked')).toBe('false');
    await page.getByTestId('quick-note-color-green').tap();

    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeCloseTo(844 - KEYBOARD, 0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    for (const id of ['quick-note-text', 'quick-note-send', 'quick-note-block-channels']) {
      const r = (await page.getByTestId(id).boundingBox())!;
      expect(r.y, id).toBeGreaterThanOrEqual(box.y);
      expect(r.y + r.height, id).toBeLessThanOrEqual(844 - KEYBOARD + 0.5);
    }
    const fontSizes = await page.$$eval('.quick-note-sheet textarea, .quick-note-sheet input', (els) =>
      els.map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: shotPath('phone-sheet-keyboard.png') });

    const before = Object.keys(await storedNotes());
    await page.getByTestId('quick-note-send').tap();
    await expect.poll(() => sheet.count()).toBe(0);
    await page.evaluate(() => {
      document.getElementById('test-keyboard')?.remove();
      delete (window as { visualViewport?: unknown }).visualViewport;
    });
    await waitSaved(page);
    const made = Object.values(await storedNotes()).filter((n) => !before.includes(n.id));
    expect(made.map((n) => [n.blockId, n.text, n.color])).toEqual([['channels', text, 'green']]);
    // It went to a free place in the block: it overlaps no other note there.
    const r = noteRect(layout, made[0]!);
    const ch = block('channels');
    expect(r.x >= ch.x && r.y >= ch.y && r.x + r.w <= ch.x + ch.w && r.y + r.h <= ch.y + ch.h).toBe(true);
    // And the board now shows it, whole, on the screen.
    const canvas = (await page.getByTestId('board-canvas').boundingBox())!;
    const tl = await boardToPage(page, r.x, r.y);
    const br = await boardToPage(page, r.x + r.w, r.y + r.h);
    expect(tl.x).toBeGreaterThanOrEqual(canvas.x);
    expect(tl.y).toBeGreaterThanOrEqual(canvas.y);
    expect(br.x).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(br.y).toBeLessThanOrEqual(canvas.y + canvas.height);
    expect(await state<string[]>('selectedNoteIds')).toEqual([made[0]!.id]);
    await nextFrames(page);
    await page.screenshot({ path: shotPath('phone-note-sent.png') });
  });
  it("a new workshop's first screen (a table and step 1's panel) fits the phone too", async () => {
    const w = await host.services['workshops.create']({
      fields: { name: 'เวทีใหม่', group: '', tambon: '', amphoe: '', province: '', date: '2026-02-01', facilitator: '' },
    });
    await page.goto('about:blank'); // a new document, not a change of hash in this one
    await page.goto(`${host.url}/#/w/${w.id}`);
    await page.getByTestId('table-board').waitFor();
    await page.getByTestId('step-panel').waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tools: [...document.querySelectorAll('.table-board .toolbar > *')].filter((e) => e.getBoundingClientRect().right > 390.5).length,
    }));
    expect(widths).toEqual({ page: 390, tools: 0 });
    // The step panel covers only the lower part and closes.
    const panel = (await page.getByTestId('step-panel').boundingBox())!;
    expect(panel.x).toBe(0);
    expect(panel.width).toBe(390);
    expect(panel.y).toBeGreaterThan(300);
    await page.screenshot({ path: shotPath('phone-first-screen.png') });
  });
});
