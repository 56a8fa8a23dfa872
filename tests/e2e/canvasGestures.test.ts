import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects, noteRect, placeNote, type Rect } from '../../shared/geometry/boardGeometry';
import { NOTE_SIZE, type Note, type NoteColor } from '../../shared/model/Note';
import { NOTE_STYLE } from '../../shared/model/noteStyle';
import type { CanvasLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import {
  boardToPage,
  docInPage,
  lastFullDraw,
  liveViewport,
  notesLayerPixel,
  waitBoardPainted,
  waitRedrawn,
  waitSaved,
} from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

/**
 * The board's gestures driven by real pointer, wheel and keyboard events in Chromium, checked
 * against what the host stored and what the notes layer shows.
 */
const layout = cbmc9.layout as CanvasLayout;
const blocks = blockRects(layout);
const block = (id: string) => blocks.find((b) => b.id === id)!;

let host: Host;
let browser: Browser;
let page: Page;
let workshopId: string;
const boardId = 'gestures';

const NOTES: Array<Pick<Note, 'blockId' | 'x' | 'y' | 'color' | 'text'> & { id: string }> = [
  { id: 'a', blockId: 'value', x: 60, y: 240, color: 'yellow', text: 'น้ำพริกแกงสูตรแม่ ปลอดสารพิษ' },
  { id: 'b', blockId: 'partners', x: 60, y: 240, color: 'blue', text: 'กองทุนหมู่บ้านช่วยเรื่องทุน' },
  { id: 'c', blockId: 'partners', x: 60, y: 420, color: 'green', text: 'ปุ๋ยหมักชีวภาพที่เพื่อนบ้านทำเอง' },
];

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  page = await newPage(browser);
  const w = await host.services['workshops.create']({
    fields: { name: 'ท่าทางบนกระดาน', group: 'กลุ่มทดสอบ', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
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
  await page.goto(`${host.url}/#/w/${workshopId}/b/${boardId}`);
  await waitBoardPainted(page, NOTES.length);
});
afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

const storedNotes = async () => (await host.services['workshop.open']({ id: workshopId as never })).doc.notes;
const rectOf = (n: Pick<Note, 'blockId' | 'x' | 'y' | 'w' | 'h'>) => noteRect(layout, n);
const centreOf = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
/** A point inside a note's bottom-right corner, clear of its text. */
const paperOf = (r: Rect) => ({ x: r.x + r.w - 8, y: r.y + r.h - 8 });

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}
async function expectColour(at: { x: number; y: number }, hex: string): Promise<void> {
  const p = await boardToPage(page, at.x, at.y);
  const [r, g, b, a] = await notesLayerPixel(page, p.x, p.y);
  expect({ r, g, b, a }).toEqual({ r: rgb(hex)[0], g: rgb(hex)[1], b: rgb(hex)[2], a: 255 });
}
const fill = (c: NoteColor) => NOTE_STYLE[c].fill;

describe('canvas gestures in real Chromium', () => {
  it('dragging a note into another block stores it there and draws it there, not where it was', async () => {
    const before = (await docInPage(page)).notes.a!;
    const from = rectOf(before);
    const grab = await boardToPage(page, centreOf(from).x, centreOf(from).y);
    const target = centreOf(block('customers'));
    const drop = await boardToPage(page, target.x, target.y);
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(drop.x, drop.y, { steps: 10 });
    await page.mouse.up();
    await waitSaved(page);

    // Where the note should land: moved by the pointer's travel in board units, in the block under its centre.
    const vp = await liveViewport(page);
    const moved = { x: from.x + (drop.x - grab.x) / vp.scale, y: from.y + (drop.y - grab.y) / vp.scale };
    const expected = placeNote(layout, moved, from);
    const stored = (await storedNotes()).a!;
    expect({ blockId: stored.blockId, x: stored.x, y: stored.y }).toEqual(expected);
    expect(stored.blockId).toBe('customers');

    await expectColour(paperOf(rectOf(stored)), fill('yellow'));
    const left = await boardToPage(page, paperOf(from).x, paperOf(from).y);
    expect((await notesLayerPixel(page, left.x, left.y))[3]).toBe(0); // nothing drawn where it was
  });

  it('shift-drag selects exactly the notes inside the rectangle and outlines them', async () => {
    const p = block('partners');
    const a = await boardToPage(page, p.x + 10, p.y + 150);
    const b = await boardToPage(page, p.x + p.w - 10, p.y + p.h - 10);
    await page.mouse.click(a.x, a.y); // a click on empty space clears the selection
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const selected = () =>
      page.evaluate(
        () =>
          (window as never as { __cbmc: { store: { getState(): { selectedNoteIds: string[] } } } }).__cbmc.store.getState().selectedNoteIds,
      );
    await expect.poll(async () => [...(await selected())].sort()).toEqual(['b', 'c']);

    // The outline is drawn 3 px outside a selected note's left edge, and not beside the others.
    const doc = await docInPage(page);
    const vp = await liveViewport(page);
    const outlineAt = async (id: string) => {
      const r = rectOf(doc.notes[id]!);
      const edge = await boardToPage(page, r.x, r.y + r.h / 2);
      return notesLayerPixel(page, edge.x - 3, edge.y);
    };
    await expect.poll(() => outlineAt('b')).toEqual([...rgb('#1d6fe0'), 255]);
    expect(await outlineAt('c')).toEqual([...rgb('#1d6fe0'), 255]);
    expect((await outlineAt('a'))[3]).toBe(0);
    expect(vp.scale).toBeGreaterThan(0);
  });

  it('dragging empty space pans the board by the pointer travel, and the notes are drawn where they went', async () => {
    const before = await liveViewport(page);
    const p = block('partners');
    const start = await boardToPage(page, p.x + 10, p.y + 150); // inside a block, clear of notes
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 150, start.y + 90, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await liveViewport(page)).x).toBeCloseTo(before.x + 150, 1);
    const after = await liveViewport(page);
    expect(after.y).toBeCloseTo(before.y + 90, 1);
    expect(after.scale).toBe(before.scale);
    await waitBoardPainted(page, NOTES.length);
    await expectColour(paperOf(rectOf((await docInPage(page)).notes.b!)), fill('blue'));
  });

  it('the wheel zooms in about the pointer: the board point under it stays put and notes grow', async () => {
    const before = await liveViewport(page);
    const c = rectOf((await docInPage(page)).notes.c!);
    // Whole pixels: a wheel event reports the pointer in whole pixels.
    const at = await boardToPage(page, c.x + 20, c.y + 20).then((q) => ({ x: Math.round(q.x), y: Math.round(q.y) }));
    const under = (v: typeof before) => ({ x: (at.x - v.left - v.x) / v.scale, y: (at.y - v.top - v.y) / v.scale });
    const drawn = await lastFullDraw(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await liveViewport(page)).scale).toBeGreaterThan(before.scale * 1.2);
    const after = await liveViewport(page);
    expect(under(after).x).toBeCloseTo(under(before).x, 3);
    expect(under(after).y).toBeCloseTo(under(before).y, 3);
    expect(await page.textContent('.zoom-level')).toBe(`${Math.round(after.scale * 100)}%`);
    await waitRedrawn(page, drawn);
    await expectColour(paperOf(c), fill('green'));
    await page.screenshot({ path: shotPath('gestures-zoomed.png') });
    await page.click('[data-testid=tool-fit]');
  });

  it('double-click on a block opens the editor there; typed Thai is stored in that block at that place', async () => {
    const ch = block('channels');
    // Mouse events report whole pixels; the board point is the one under that pixel.
    const p = await boardToPage(page, ch.x + 240, ch.y + 330).then((q) => ({ x: Math.round(q.x), y: Math.round(q.y) }));
    const vp = await liveViewport(page);
    const spot = { x: (p.x - vp.left - vp.x) / vp.scale, y: (p.y - vp.top - vp.y) / vp.scale };
    await page.mouse.dblclick(p.x, p.y);
    const editor = page.locator('[data-testid=note-editor]');
    await editor.waitFor();
    // The editor sits where the new note will be: centred on the double-click.
    const box = (await editor.boundingBox())!;
    expect(box.x).toBeCloseTo(p.x - (NOTE_SIZE.w / 2) * vp.scale, -0.5);
    expect(box.y).toBeCloseTo(p.y - (NOTE_SIZE.h / 2) * vp.scale, -0.5);
    const text = 'ขายผ่านตลาดนัดชุมชน ทุกวันเสาร์';
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
    await waitSaved(page);
    const made = Object.values(await storedNotes()).filter((n) => !NOTES.some((x) => x.id === n.id));
    expect(made.map((n) => [n.blockId, n.text, n.x, n.y])).toEqual([
      ['channels', text, Math.round(spot.x - ch.x - NOTE_SIZE.w / 2), Math.round(spot.y - ch.y - NOTE_SIZE.h / 2)],
    ]);
    const colour = await page.evaluate(
      () => (window as never as { __cbmc: { store: { getState(): { currentColor: string } } } }).__cbmc.store.getState().currentColor,
    );
    await expectColour(paperOf(rectOf(made[0]!)), fill(colour as NoteColor));
    await page.screenshot({ path: shotPath('gestures-written.png') });
  });
});
