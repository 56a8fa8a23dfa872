import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects, noteRect } from '../../shared/geometry/boardGeometry';
import { NOTE_SIZE } from '../../shared/model/Note';
import type { CanvasLayout, TableLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { operationPlan } from '../../shared/templates/operationPlan';
import { docInPage, editorFocused, liveViewport, waitBoardPainted, waitSaved } from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

/**
 * Search (typed with and without tone marks, and with them in another order), the board driven by
 * the keyboard alone, and long notes, in Chromium at a projector's size and a full-HD screen.
 */
const layout = cbmc9.layout as CanvasLayout;
const blocks = blockRects(layout);
const TARGET = 'ปุ๋ยหมักชีวภาพที่เพื่อนบ้านทำเอง';

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

type State = {
  screen: { boardId: string | null };
  selectedNoteIds: string[];
  selectedBlockId: string | null;
  editingNoteId: string | null;
  draft: unknown;
};
const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as never as { __cbmc: { store: { getState(): State } } }).__cbmc.store.getState();
    return {
      boardId: s.screen.boardId,
      selected: s.selectedNoteIds,
      block: s.selectedBlockId,
      editing: s.editingNoteId !== null || s.draft !== null,
    };
  });

async function seed(tag: string): Promise<string> {
  const w = await host.services['workshops.create']({
    fields: { name: `ค้นหา ${tag}`, group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
  });
  const now = new Date().toISOString();
  const ops: Op[] = [
    { type: 'board.add', value: { id: 'first' as never, templateId: 'cbmc-9', title: 'กระดานแรก', layout, order: 1, createdAt: now } },
    { type: 'board.add', value: { id: 'second' as never, templateId: 'cbmc-9', title: 'กระดานที่สอง', layout, order: 2, createdAt: now } },
    {
      type: 'board.add',
      value: {
        id: 'plan' as never,
        templateId: 'operation-plan',
        title: 'แผนปฏิบัติการ',
        layout: operationPlan.layout as TableLayout,
        order: 3,
        createdAt: now,
      },
    },
  ];
  const add = (id: string, boardId: string, blockId: string, y: number, text: string) =>
    ops.push({
      type: 'note.add',
      value: {
        id: id as never,
        boardId: boardId as never,
        blockId,
        x: 40,
        y,
        w: NOTE_SIZE.w,
        h: NOTE_SIZE.h,
        text,
        color: 'yellow',
        z: ops.length,
      },
    });
  add('n1', 'first', 'value', 200, 'น้ำพริกแกงสูตรแม่');
  add('n2', 'first', 'partners', 200, 'กองทุนหมู่บ้าน');
  add('n3', 'second', 'value', 200, 'ขายผักปลอดสารพิษ');
  add('target', 'second', 'channels', 380, TARGET);
  for (let i = 0; i < 30; i++)
    ops.push({
      type: 'row.add',
      value: {
        id: `r${i}` as never,
        boardId: 'plan' as never,
        order: i,
        cells: { activity: i === 27 ? 'อบรมการทำปุ๋ยหมักให้สมาชิก' : `กิจกรรมที่ ${i + 1}` },
      },
    });
  await host.services['ops.apply']({ workshopId: w.id as never, ops });
  return w.id;
}

/** Counts every mouse or pointer event the page sees, to show a test used none. */
async function countPointerEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as never as { pointerEvents: number };
    w.pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'wheel']) {
      window.addEventListener(
        type,
        (e) => {
          if ((e as MouseEvent).detail !== 0 || type !== 'click') w.pointerEvents++;
        },
        true,
      );
    }
  });
}

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('Control+f');
  const input = page.locator('[data-testid="search-input"]');
  await input.waitFor();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="search-hit"]').length > 0 ||
      /ไม่พบ/.test(document.querySelector('[data-testid="search-status"]')?.textContent ?? ''),
  );
  return page.locator('[data-testid="search-hit"]');
}

/** Loads the page afresh on the first board (a hash change alone does not reload the workshop). */
async function openFirstBoard(page: Page, workshopId: string): Promise<void> {
  await page.goto(`${host.url}/#/w/${workshopId}/b/first`);
  await page.reload();
  await waitBoardPainted(page, 2);
}

/** Presses Tab (a bounded number of times) until the board has focus. */
async function tabToCanvas(page: Page): Promise<void> {
  for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'board-canvas')); i++) {
    await page.keyboard.press('Tab');
  }
}

describe.each([
  [1024, 768],
  [1920, 1080],
])('at %i×%i', (width, height) => {
  let page: Page;
  let workshopId: string;

  beforeAll(async () => {
    workshopId = await seed(`${width}`);
    page = await newPage(browser, width, height);
    await openFirstBoard(page, workshopId);
    await countPointerEvents(page);
  });
  afterAll(async () => page?.context().close());

  it('finds a note typed without its tone mark, ranks it as a close match, and jumps to it on another board', async () => {
    const hits = await searchFor(page, 'ปุยหมัก');
    const first = hits.first();
    expect(await first.locator('mark').textContent()).toBe('ปุ๋ยหมัก');
    expect(await first.textContent()).toContain('กระดานที่สอง');
    expect(await first.locator('.loose-tag').count()).toBe(1);
    await page.screenshot({ path: shotPath(`search-panel-${width}.png`) });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-testid="search-panel"]'));
    expect(await state(page)).toMatchObject({ boardId: 'second', selected: ['target'] });
    // The note sits in the middle of the board area, where the eye goes.
    const doc = await docInPage(page);
    const r = noteRect(layout, doc.notes.target!);
    const area = (await page.locator('[data-testid="board-canvas"]').boundingBox())!;
    const vp = await liveViewport(page);
    const centre = { x: area.x + vp.x + (r.x + r.w / 2) * vp.scale, y: area.y + vp.y + (r.y + r.h / 2) * vp.scale };
    expect(Math.abs(centre.x - (area.x + area.width / 2))).toBeLessThan(2);
    expect(Math.abs(centre.y - (area.y + area.height / 2))).toBeLessThan(2);
  });

  it('finds the same note with the tone mark typed before the vowel, as an exact match', async () => {
    await openFirstBoard(page, workshopId);
    const hits = await searchFor(page, 'ท\u0E48\u0E35เพื่อน'); // ท + ่ + ี : the tone mark first
    expect(await hits.count()).toBe(1);
    expect(await hits.first().locator('mark').textContent()).toBe('ที่เพื่อน');
    expect(await hits.first().locator('.loose-tag').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-testid="search-panel"]'));
    expect(await state(page)).toMatchObject({ boardId: 'second', selected: ['target'] });
  });

  it('goes to a table cell: opens the table and brings the row into view', async () => {
    const hits = await searchFor(page, 'อบรม');
    expect(await hits.first().textContent()).toContain('แผนปฏิบัติการ');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const row = page.locator('tr[data-row="r27"]');
    await row.waitFor();
    await page.waitForFunction(() => document.querySelector('tr[data-row="r27"]')?.classList.contains('revealed'));
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
  });

  it('writes, moves and undoes a note with the keyboard alone', async () => {
    await openFirstBoard(page, workshopId);
    await countPointerEvents(page);
    // The top bar comes first in the tab order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.topbar') !== null)).toBe(true);
    await tabToCanvas(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('board-canvas');
    expect((await state(page)).block).toBe(blocks[0]!.id);
    // Arrow keys step between blocks by where they lie.
    const start = blocks.find((b) => b.id === 'value')!;
    const right = blocks.filter((b) => b.x > start.x && b.y === start.y).sort((a, b) => a.x - b.x)[0]!;
    for (let i = 0; i < 12 && (await state(page)).block !== 'value'; i++) await page.keyboard.press('Tab');
    expect((await state(page)).block).toBe('value');
    await page.keyboard.press('ArrowRight');
    expect((await state(page)).block).toBe(right.id);
    await page.screenshot({ path: shotPath(`keyboard-cursor-block-${width}.png`) });

    await page.keyboard.press('Enter');
    await editorFocused(page);
    await page.keyboard.type('เขียนด้วยคีย์บอร์ดล้วน');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'board-canvas');
    await waitSaved(page);
    const made = Object.values((await docInPage(page)).notes).find((n) => n.text === 'เขียนด้วยคีย์บอร์ดล้วน')!;
    expect(made.blockId).toBe(right.id);
    expect((await state(page)).selected).toEqual([made.id]);
    await page.screenshot({ path: shotPath(`keyboard-cursor-note-${width}.png`) });

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await waitSaved(page);
    const stored = async () => (await host.services['workshop.open']({ id: workshopId as never })).doc.notes[made.id];
    expect(await stored()).toMatchObject({ x: made.x + 20, y: made.y + 40 });
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await stored()).toMatchObject({ x: made.x, y: made.y + 40 });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await stored()).toMatchObject({ x: made.x, y: made.y });
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await stored()).toBeUndefined();
    expect(await page.evaluate(() => (window as never as { pointerEvents: number }).pointerEvents)).toBe(0);
  });

  it('keeps a 2,001-character note and its warning inside the window', async () => {
    await openFirstBoard(page, workshopId);
    await tabToCanvas(page);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="note-editor"]').waitFor();
    const long = 'ปุ๋ยหมักชีวภาพจากเศษผักในชุมชน '.repeat(80).slice(0, 2001);
    expect(long).toHaveLength(2001);
    await page.keyboard.insertText(long);
    const counter = page.locator('[data-testid="note-counter"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="note-counter"]')?.classList.contains('over'));
    expect(await counter.textContent()).toContain('2000');
    await page.screenshot({ path: shotPath(`long-note-${width}.png`) });
    const area = (await page.locator('[data-testid="board-canvas"]').boundingBox())!;
    for (const el of [counter, page.locator('[data-testid="note-editor"]')]) {
      const b = (await el.boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(area.y);
      expect(b.y + b.height).toBeLessThanOrEqual(Math.min(area.y + area.height, height) + 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(width);
    }
    // The counter is really on top, not hidden under something else.
    const cb = (await counter.boundingBox())!;
    expect(
      await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-testid'), [cb.x + 10, cb.y + cb.height / 2]),
    ).toBe('note-counter');
  });

  it('asks before Escape throws a changed note away, in the UI language', async () => {
    // Still in the long draft: Escape asks, "keep typing" keeps it, and a second Escape can throw it away.
    await page.keyboard.press('Escape');
    const dialog = page.locator('[data-testid="confirm-dialog"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('ทิ้งข้อความ');
    await page.screenshot({ path: shotPath(`discard-question-${width}.png`) });
    await page.keyboard.press('Escape'); // the dialog's own Escape: keep typing
    await dialog.waitFor({ state: 'detached' });
    expect((await page.locator('[data-testid="note-editor"]').inputValue()).length).toBe(2001);
    expect((await state(page)).editing).toBe(true);
    await editorFocused(page); // the caret goes back on the next frame; a key pressed before it goes to the board
    await page.keyboard.press('Escape');
    await dialog.waitFor();
    await page.locator('[data-testid="confirm-yes"]').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect((await state(page)).editing).toBe(false);
    // Nothing was added: only the seeded notes are there.
    expect(Object.keys((await docInPage(page)).notes).sort()).toEqual(['n1', 'n2', 'n3', 'target']);
    // An unchanged note closes at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('board-canvas');
    for (let i = 0; i < 20 && (await state(page)).selected.length === 0; i++) await page.keyboard.press('Tab');
    expect((await state(page)).selected).toHaveLength(1);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="note-editor"]').waitFor();
    await editorFocused(page);
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="note-editor"]').waitFor({ state: 'detached' });
    expect(await dialog.count()).toBe(0);
  });
});
