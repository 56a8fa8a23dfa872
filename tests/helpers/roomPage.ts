import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { blockRects, noteRect } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { boardToPage, docInPage } from './boardPage';

/*
 * What a person does on a room's page in the e2e tests: add, edit, move and recolour notes (by mouse
 * or by finger), fill a cell, switch boards; and how a page's document is compared.
 */

const layout = BUILTIN_LIBRARY.templates.find((t) => t.id === 'cbmc-9')!.layout as CanvasLayout;

/** Notes dragged in the current test, with where they were before. */
export const moved: { id: string; x: number; y: number }[] = [];

/** Adds a note in block `i` as a person does: double-click the block, type, Ctrl+Enter. */
export async function addNote(page: Page, i: number, text: string, at = 0.6) {
  const r = blockRects(layout)[i]!;
  const p = await boardToPage(page, r.x + r.w * 0.3 + (text.length % 5) * 8, r.y + r.h * at);
  await page.mouse.dblclick(p.x, p.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await editor.fill(text);
  await editor.press('Control+Enter');
  await editor.waitFor({ state: 'detached' });
}

/** On a phone: the quick note sheet, one tap away — write, choose the block, send. */
export async function addNoteByPhone(page: Page, i: number, text: string) {
  await page.getByTestId('quick-note-open').tap();
  await page.getByTestId('quick-note-text').fill(text);
  await page.getByTestId(`quick-note-block-${blockRects(layout)[i]!.id}`).tap();
  await page.getByTestId('quick-note-send').tap();
  await page.getByTestId('quick-note-sheet').waitFor({ state: 'detached' });
}

/** On a phone: tap a note to choose it, tap it again to write in it. */
export async function editNoteByPhone(page: Page, text: string, next: string) {
  const n = await insideNote(page, text);
  const p = await boardToPage(page, n.x, n.y);
  await page.touchscreen.tap(p.x, p.y);
  const q = await boardToPage(page, n.x, n.y); // the board may have moved to show the chosen note
  await page.touchscreen.tap(q.x, q.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await editor.fill(next);
  await editor.press('Control+Enter');
  await editor.waitFor({ state: 'detached' });
}

/** On a phone: one finger on a note drags it by (dx, dy) board units (touch events through CDP). */
export async function moveNoteByFinger(page: Page, text: string, dx: number, dy: number) {
  const before = await noteByText(page, text);
  moved.push({ id: before.id, x: before.x, y: before.y });
  const n = await insideNote(page, text);
  const from = await boardToPage(page, n.x, n.y);
  const to = await boardToPage(page, n.x + dx, n.y + dy);
  const cdp = await page.context().newCDPSession(page);
  const at = (x: number, y: number) => [{ x, y, id: 0 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from.x, from.y) });
  for (let i = 1; i <= 8; i++) {
    const x = from.x + ((to.x - from.x) * i) / 8;
    const y = from.y + ((to.y - from.y) * i) / 8;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x, y) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Chooses a note by a click and gives it another colour from the toolbar. */
export async function recolourNote(page: Page, text: string, color: 'green' | 'pink' | 'blue') {
  const n = await insideNote(page, text);
  const p = await boardToPage(page, n.x, n.y);
  await page.mouse.click(p.x, p.y);
  await page.getByTestId(`color-${color}`).click();
}

export const noteByText = async (page: Page, text: string) => Object.values((await docInPage(page)).notes).find((n) => n.text === text)!;
/** A point inside a note (found by its text), in board units. */
export async function insideNote(page: Page, text: string): Promise<{ id: string; x: number; y: number }> {
  const n = await noteByText(page, text);
  const r = noteRect(layout, n);
  return { id: n.id, x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** Drags a note (found by its text) by (dx, dy) board units with the mouse; answers where it was. */
export async function moveNote(page: Page, text: string, dx: number, dy: number) {
  const before = await noteByText(page, text);
  moved.push({ id: before.id, x: before.x, y: before.y });
  const n = await insideNote(page, text);
  const from = await boardToPage(page, n.x, n.y);
  const to = await boardToPage(page, n.x + dx, n.y + dy);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/** Opens a note (found by its text) and replaces its text. */
export async function editNote(page: Page, text: string, next: string) {
  const n = await insideNote(page, text);
  const p = await boardToPage(page, n.x, n.y);
  await page.mouse.dblclick(p.x, p.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await editor.fill(next);
  await editor.press('Control+Enter');
  await editor.waitFor({ state: 'detached' });
}

export async function setCell(page: Page, tabTitle: string, row: number, column: string, value: string) {
  await openTab(page, tabTitle);
  const cell = page.getByTestId('table-row').nth(row).getByTestId(`cell-${column}`);
  // Focused rather than clicked: on a phone the sticky first column covers a cell scrolled just into view.
  await cell.focus();
  await cell.fill(value);
  await cell.press('Tab');
}

export async function openTab(page: Page, title: string) {
  const tab = page.getByTestId('board-tab').filter({ hasText: title });
  if ((await tab.count()) > 0) return tab.first().click();
  // The facilitator's page lists boards in the sidebar's boards tab.
  await page.getByTestId('tab-boards').click();
  await page.getByTestId('board-link').filter({ hasText: title }).click();
}

/** The text of the QR code in a picture, read by zbarimg (zbar-tools; null when it is not installed). */
export function scanQr(png: string): string | null {
  const run = spawnSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' });
  if (run.error) {
    console.warn('zbarimg (zbar-tools) is not installed: the QR code on the room panel was not decoded');
    return null;
  }
  return run.stdout.trim();
}

/** What must be the same everywhere: every note's place, colour and text, and every row's cells. */
export function contentOf(doc: WorkshopDoc) {
  const notes = Object.values(doc.notes)
    .map((n) => ({ id: n.id, boardId: n.boardId, blockId: n.blockId, x: n.x, y: n.y, color: n.color, text: n.text }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const rows = Object.values(doc.rows)
    .map((r) => ({
      id: r.id,
      order: r.order,
      cells: Object.fromEntries(
        Object.entries(r.cells)
          .filter(([, v]) => v !== '')
          .sort(),
      ),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { notes, rows };
}
