import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects, noteRect } from '../../shared/geometry/boardGeometry';
import { NOTE_STYLE } from '../../shared/model/noteStyle';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { allSteps } from '../../shared/process/Process';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import type { CanvasLayout } from '../../shared/model/Template';
import { boardToPage, docInPage, liveViewport, nextFrames, regionPixels, waitSaved } from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

const layout = cbmc9.layout as CanvasLayout;
const centre = (id: string) => {
  const r = blockRects(layout).find((b) => b.id === id)!;
  return { x: r.x + r.w / 2, y: r.y + r.h * 0.6 };
};
const TEXT = 'น้ำพริกแกงสูตรแม่ ปลอดสารพิษ ผู้นำกลุ่มทำเอง';

let host: Host;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

const notes = async () => Object.values((await docInPage(page)).notes);

describe('the workshop board in real Chromium', () => {
  it('creates a workshop with a Buddhist-era date and opens it', async () => {
    await page.goto(host.url);
    await page.click('[data-testid=new-workshop]');
    await page.fill('input[name=name]', 'แผนธุรกิจกลุ่มน้ำพริกแม่บ้าน');
    await page.fill('input[name=group]', 'กลุ่มแม่บ้านเกษตรกร');
    await page.fill('input[name=tambon]', 'นาขา');
    // Day, month and a Buddhist-era year; a year typed in the Gregorian era is refused with a message.
    await page.selectOption('select[name=date-day]', '15');
    await page.selectOption('select[name=date-month]', '1');
    await page.fill('input[name=date-year]', '2026');
    expect(await page.getByRole('alert').textContent()).toContain('พ.ศ.');
    await page.selectOption('select[name=date-day]', '31');
    await page.selectOption('select[name=date-month]', '2');
    await page.fill('input[name=date-year]', '2569');
    expect(await page.getByRole('alert').textContent()).toContain('ไม่มี');
    await page.selectOption('select[name=date-day]', '15');
    await page.selectOption('select[name=date-month]', '1');
    expect(await page.textContent('[data-testid=be-date]')).toBe('15 มกราคม 2569');
    await page.click('[data-testid=workshop-submit]');
    await expect.poll(() => page.textContent('[data-testid=workshop-name]')).toBe('แผนธุรกิจกลุ่มน้ำพริกแม่บ้าน');
  });

  it('adds a CBMC-9 board (the default template)', async () => {
    await page.click('[data-testid=tab-boards]');
    await page.click('[data-testid=add-board]');
    await page.click('[data-testid=template-cbmc-9]');
    await page.click('[data-testid=add-board-submit]');
    await page.waitForSelector('[data-testid=board-canvas] canvas');
    const doc = await docInPage(page);
    // A new workshop opened on step 1 with its first worksheet already made; the CBMC board comes after it.
    expect(
      Object.values(doc.boards)
        .sort((a, b) => a.order - b.order)
        .map((b) => b.templateId),
    ).toEqual([allSteps(BUILTIN_LIBRARY.process)[0]!.worksheets[0], 'cbmc-9']);
  });

  it('double-click in the value block, type Thai, Ctrl+Enter: a note in that block', async () => {
    const p = await boardToPage(page, centre('value').x, centre('value').y);
    await page.mouse.dblclick(p.x, p.y);
    const editor = page.locator('[data-testid=note-editor]');
    await editor.waitFor();
    await page.keyboard.type(TEXT);
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await notes()).map((n) => [n.blockId, n.text])).toEqual([['value', TEXT]]);
    await expect(editor.count()).resolves.toBe(0);
  });

  it('Escape cancels a new note, and an over-long note is refused with a message', async () => {
    const p = await boardToPage(page, centre('partners').x, centre('partners').y);
    await page.mouse.dblclick(p.x, p.y);
    await page.keyboard.type('ไม่ต้องการ');
    // Escape on typed text asks first; throwing it away leaves no note.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=confirm-yes]').click();
    expect(await notes()).toHaveLength(1);
    await page.mouse.dblclick(p.x, p.y);
    await page.locator('[data-testid=note-editor]').fill('ก'.repeat(2001));
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain('2000');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=confirm-yes]').click();
    expect(await notes()).toHaveLength(1);
  });

  it('drags the note into the customer block; undo and redo move it back and forth as one step', async () => {
    const [n] = await notes();
    const from = await boardToPage(page, centre('value').x, centre('value').y);
    const to = await boardToPage(page, centre('customers').x, centre('customers').y);
    // Grab the note where it is drawn: its top-left is at the double-click point minus half a note.
    const grab = await boardToPage(page, centre('value').x, centre('value').y);
    expect(n).toBeDefined();
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => (await notes())[0]!.blockId).toBe('customers');
    expect(from.x).toBeLessThan(to.x);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await notes())[0]!.blockId).toBe('value');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await notes())[0]!.blockId).toBe('customers');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await notes())[0]!.blockId).toBe('customers');
    await waitSaved(page);
  });

  it('reload finds the note with its text in the customer block', async () => {
    await page.reload();
    await page.waitForSelector('[data-testid=board-canvas] canvas');
    await expect.poll(async () => (await notes()).map((n) => [n.blockId, n.text])).toEqual([['customers', TEXT]]);
  });

  it('the host restarted on the same data (app closed and reopened) still has it', async () => {
    host = await host.restart();
    await page.goto(host.url + (await page.evaluate(() => location.hash)));
    await page.waitForSelector('[data-testid=board-canvas] canvas');
    await expect.poll(async () => (await notes()).map((n) => [n.blockId, n.text])).toEqual([['customers', TEXT]]);
  });

  it('selects with shift-click and a shift-drag rectangle, duplicates, colours and deletes', async () => {
    await page.click('[data-testid=tool-fit]');
    const [n] = await notes();
    // Select by rectangle around the customer block.
    const r = blockRects(layout).find((b) => b.id === 'customers')!;
    const a = await boardToPage(page, r.x + 5, r.y + 5);
    const b = await boardToPage(page, r.x + r.w - 5, r.y + r.h - 5);
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as never as { __cbmc: { store: { getState(): { selectedNoteIds: string[] } } } }).__cbmc.store.getState()
              .selectedNoteIds,
        ),
      )
      .toEqual([n!.id]);
    await page.click('[data-testid=tool-more] summary');
    await page.click('[data-testid=tool-duplicate]');
    await expect.poll(async () => (await notes()).length).toBe(2);
    await page.click('[data-testid=color-green]');
    await expect.poll(async () => (await notes()).filter((x) => x.color === 'green').length).toBe(1);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await notes()).length).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await notes()).length).toBe(2);
    await waitSaved(page);
  });

  it('shows Thai notes at a readable zoom and at fit: the note in its colour, its text drawn', async () => {
    const doc = await docInPage(page);
    const boardId = Object.values(doc.boards).find((b) => b.templateId === 'cbmc-9')!.id;
    const c = centre('customers');
    await page.evaluate(
      ([id, x, y]) => {
        const s = (
          window as never as { __cbmc: { store: { getState(): { setViewport(id: string, v: object): void } } } }
        ).__cbmc.store.getState();
        s.setViewport(id as string, { x: 650 - (x as number) * 1.6, y: 380 - (y as number) * 1.6, scale: 1.6 });
      },
      [boardId, c.x, c.y] as const,
    );
    await expect.poll(async () => (await liveViewport(page)).scale).toBe(1.6);
    await nextFrames(page);
    await page.screenshot({ path: shotPath('board-zoomed.png') });
    // The topmost note, as the person sees it: mostly its own colour, with dark Thai text on it.
    const top = Object.values(doc.notes).sort((a, b) => b.z - a.z)[0]!;
    const r = noteRect(layout, top);
    const zoomed = await noteOnScreen(r);
    const seen = await regionPixels(page, zoomed, NOTE_STYLE[top.color].fill);
    expect(seen.matching / seen.total).toBeGreaterThan(0.5);
    // Three lines of 17 px Thai at 160 %: hundreds of dark pixels, not a stray border.
    expect(seen.dark).toBeGreaterThan(300);
    // The block around the notes shows its own colour, not a note's.
    const block = layout.blocks.find((b) => b.id === 'customers')!;
    const above = await boardToPage(page, r.x + r.w / 2, r.y - 40);
    const around = await regionPixels(page, { x: above.x - 10, y: above.y - 10, width: 20, height: 20 }, block.color ?? '#ffffff');
    expect(around.matching).toBe(around.total);

    await page.click('[data-testid=tool-fit]');
    await expect.poll(async () => (await liveViewport(page)).scale).toBeLessThan(1);
    await nextFrames(page);
    await page.screenshot({ path: shotPath('board.png') });
    const fitted = await regionPixels(page, await noteOnScreen(r), NOTE_STYLE[top.color].fill);
    expect(fitted.matching / fitted.total).toBeGreaterThan(0.3);
    expect(fitted.dark).toBeGreaterThan(0);
  });
});

/** A note's inside on the page (its border and shadow left out), as a screenshot clip. */
async function noteOnScreen(r: { x: number; y: number; w: number; h: number }) {
  const a = await boardToPage(page, r.x + 3, r.y + 3);
  const b = await boardToPage(page, r.x + r.w - 3, r.y + r.h - 3);
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

describe('the workshop list', () => {
  it('lists the workshop with its place, Buddhist-era date and counts; English is a toggle', async () => {
    await page.click('[data-testid=back]');
    const card = page.locator('[data-testid=workshop-card]').first();
    await expect.poll(() => card.textContent()).toContain('15 มกราคม 2569');
    expect(await card.textContent()).toContain('ต.นาขา');
    await page.screenshot({ path: shotPath('workshop-list.png') });
    await page.click('[data-testid=lang-toggle]');
    await expect.poll(() => page.textContent('h1')).toBe('Workshops');
    expect(await card.textContent()).toContain('15 January 2569 BE');
    await page.screenshot({ path: shotPath('workshop-list-en.png') });
    await page.click('[data-testid=lang-toggle]');
    await expect.poll(() => page.textContent('h1')).toBe('เวิร์กช็อป');
  });

  it("edits a workshop's details from the list: the card and the stored workshop show them", async () => {
    const card = page.locator('[data-testid=workshop-card]').first();
    await card.locator('[data-testid=workshop-edit]').click();
    await page.fill('input[name=name]', 'แผนธุรกิจน้ำพริก (แก้ไข)');
    await page.fill('input[name=province]', 'ชุมพร');
    await page.click('[data-testid=workshop-submit]');
    await expect.poll(() => card.textContent()).toContain('แผนธุรกิจน้ำพริก (แก้ไข)');
    expect(await card.textContent()).toContain('จ.ชุมพร');
    const [stored] = await host.services['workshops.list']({});
    expect(stored).toMatchObject({ name: 'แผนธุรกิจน้ำพริก (แก้ไข)', province: 'ชุมพร', tambon: 'นาขา' });
  });
});
