import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects, intersects, noteRect } from '../../shared/geometry/boardGeometry';
import type { Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { boardToPage, docInPage, liveViewport, waitBoardPainted, waitSaved } from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

/**
 * The facilitator's kit in real Chromium at a projector's and a desktop's size: tidy a block and undo
 * it, resize a note and find it kept after a reload, count a show-of-hands vote and find it after a
 * reload and in the board's PDF.
 */
const layout = cbmc9.layout as CanvasLayout;
const blocks = blockRects(layout);
const block = (id: string) => blocks.find((b) => b.id === id)!;
const boardId = 'kit';

/** Notes dropped in a heap, as a room leaves them: overlapping, short and long texts. */
const NOTES: Array<Pick<Note, 'blockId' | 'x' | 'y' | 'w' | 'h' | 'color' | 'text'> & { id: string }> = [
  { id: 'v1', blockId: 'value', x: 30, y: 170, w: 170, h: 110, color: 'yellow', text: 'ผักสด' },
  { id: 'v2', blockId: 'value', x: 60, y: 190, w: 170, h: 110, color: 'green', text: 'ผักปลอดสารพิษ ส่งตรงถึงบ้านทุกเช้าวันเสาร์ ราคาเท่าตลาด' },
  { id: 'v3', blockId: 'value', x: 90, y: 210, w: 170, h: 110, color: 'pink', text: 'น้ำพริกแกงสูตรแม่' },
  {
    id: 'v4',
    blockId: 'value',
    x: 40,
    y: 330,
    w: 170,
    h: 110,
    color: 'blue',
    text: 'ตลาดนัดชุมชนทุกวันอาทิตย์ที่ลานวัด มีดนตรีพื้นบ้านและอาหารปลอดภัย ให้คนในตำบลได้พบกัน',
  },
  { id: 'v5', blockId: 'value', x: 70, y: 350, w: 170, h: 110, color: 'orange', text: 'ปุ๋ยหมัก' },
  { id: 'p1', blockId: 'partners', x: 20, y: 170, w: 170, h: 110, color: 'yellow', text: 'กองทุนหมู่บ้าน' },
  { id: 'p2', blockId: 'partners', x: 20, y: 300, w: 170, h: 110, color: 'purple', text: 'โรงเรียนในตำบล' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const rectOf = (n: Pick<Note, 'blockId' | 'x' | 'y' | 'w' | 'h'>) => noteRect(layout, n);

describe.each([
  [1024, 768],
  [1920, 1080],
])('facilitator kit at %i×%i', (width, height) => {
  let host: Host;
  let page: Page;
  let workshopId: string;
  const tag = `${width}x${height}`;
  const stored = async () => (await host.services['workshop.open']({ id: workshopId as never })).doc;

  beforeAll(async () => {
    host = await startHost();
    const w = await host.services['workshops.create']({
      fields: {
        name: 'ชุดเครื่องมือผู้จัดกระบวนการ',
        group: 'กลุ่มผักบ้านนา',
        tambon: '',
        amphoe: '',
        province: '',
        date: '2026-01-15',
        facilitator: '',
      },
    });
    workshopId = w.id;
    const ops: Op[] = [
      {
        type: 'board.add',
        value: { id: boardId as never, templateId: 'cbmc-9', title: 'CBMC บ้านนา', layout, order: 1, createdAt: new Date().toISOString() },
      },
    ];
    NOTES.forEach((n, z) => ops.push({ type: 'note.add', value: { ...n, id: n.id as never, boardId: boardId as never, z } }));
    await host.services['ops.apply']({ workshopId: w.id as never, ops });
    page = await newPage(browser, width, height);
    await page.goto(`${host.url}/#/w/${workshopId}/b/${boardId}`);
    await waitBoardPainted(page, NOTES.length);
    await page.screenshot({ path: shotPath(`kit-fitted-text-${tag}.png`) });
  });
  afterAll(async () => {
    await page?.context().close();
    await host?.cleanup();
  });

  it('Tidy lays the chosen block out in a grid of notes that overlap none, and one undo puts them back', async () => {
    const before = (await stored()).notes;
    const v = block('value');
    const empty = await boardToPage(page, v.x + v.w - 30, v.y + v.h - 30);
    await page.mouse.click(empty.x, empty.y); // chooses the block
    await page.click('[data-testid=tool-tidy]');
    await waitSaved(page);
    const tidied = (await stored()).notes;
    const ids = NOTES.filter((n) => n.blockId === 'value').map((n) => n.id);
    const rects = ids.map((id) => rectOf(tidied[id]!));
    for (let i = 0; i < rects.length; i++) {
      expect(rects[i]!.x).toBeGreaterThanOrEqual(v.x);
      expect(rects[i]!.x + rects[i]!.w).toBeLessThanOrEqual(v.x + v.w);
      expect(rects[i]!.y + rects[i]!.h).toBeLessThanOrEqual(v.y + v.h);
      for (let j = i + 1; j < rects.length; j++) expect(intersects(rects[i]!, rects[j]!), `${ids[i]} and ${ids[j]}`).toBe(false);
    }
    // The notes grew to fill the block, and the other block's notes did not move.
    expect(rects[0]!.w).toBeGreaterThan(170);
    expect(tidied.p1).toEqual(before.p1);
    await page.screenshot({ path: shotPath(`kit-tidied-${tag}.png`) });

    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect((await stored()).notes).toEqual(before);
  });

  it('a note resized by its handle keeps its size after a reload', async () => {
    const n = (await docInPage(page)).notes.p1!;
    const r = rectOf(n);
    const centre = await boardToPage(page, r.x + r.w / 2, r.y + r.h / 2);
    await page.mouse.click(centre.x, centre.y); // selects it: the handle appears
    await page.screenshot({ path: shotPath(`kit-resize-handle-${tag}.png`) });
    const corner = await boardToPage(page, r.x + r.w, r.y + r.h);
    const grab = { x: corner.x - 3, y: corner.y - 3 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 40, grab.y + 30, { steps: 6 });
    await page.mouse.move(grab.x + 80, grab.y + 60, { steps: 6 });
    await page.mouse.up();
    await waitSaved(page);
    const vp = await liveViewport(page);
    const expected = { w: Math.round(n.w + 80 / vp.scale), h: Math.round(n.h + 60 / vp.scale) };
    const after = (await stored()).notes.p1!;
    expect(Math.abs(after.w - expected.w)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.h - expected.h)).toBeLessThanOrEqual(1);
    expect({ x: after.x, y: after.y, blockId: after.blockId }).toEqual({ x: n.x, y: n.y, blockId: n.blockId });

    await page.reload();
    await waitBoardPainted(page, NOTES.length);
    expect((await docInPage(page)).notes.p1).toMatchObject({ w: after.w, h: after.h });
    await page.screenshot({ path: shotPath(`kit-resized-${tag}.png`) });
  });

  it('a vote counted by clicks and a typed count is ranked, kept through a reload, and printed in the PDF', async () => {
    await page.click('[data-testid=tool-vote]');
    await page.waitForSelector('[data-testid=vote-panel]');
    const doc = await docInPage(page);
    const p2 = rectOf(doc.notes.p2!);
    const at = await boardToPage(page, p2.x + p2.w / 2, p2.y + p2.h / 2);
    for (let i = 0; i < 3; i++) await page.mouse.click(at.x, at.y, { delay: 20 });
    // A typed count for another note, from the panel's list.
    const row = page.locator('[data-testid=vote-row]', { hasText: 'ปุ๋ยหมัก' });
    await row.locator('input').fill('5');
    await row.locator('input').press('Enter');
    await waitSaved(page);
    expect((await stored()).boards[boardId]!.votes).toEqual({ open: true, counts: { p2: 3, v5: 5 } });
    await page.screenshot({ path: shotPath(`kit-vote-open-${tag}.png`) });

    // Undo takes back the typed count alone; redo brings it back.
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect((await stored()).boards[boardId]!.votes).toEqual({ open: true, counts: { p2: 3 } });
    await page.keyboard.press('Control+Shift+z');
    await waitSaved(page);

    expect((await stored()).boards[boardId]!.votes).toEqual({ open: true, counts: { p2: 3, v5: 5 } });
    await page.click('[data-testid=vote-close]');
    await waitSaved(page);
    expect((await stored()).boards[boardId]!.votes).toEqual({ open: false, counts: { p2: 3, v5: 5 } });
    await page.reload();
    await waitBoardPainted(page, NOTES.length);
    const ranked = await page
      .locator('[data-testid=vote-row]')
      .evaluateAll((rows) => rows.map((r) => [r.querySelector('.vote-text')!.textContent, r.getAttribute('data-count')]));
    expect(ranked).toEqual([
      ['ปุ๋ยหมัก', '5'],
      ['โรงเรียนในตำบล', '3'],
    ]);
    await page.screenshot({ path: shotPath(`kit-vote-closed-${tag}.png`) });

    await page.click('[data-testid=export-pdf]');
    await page.check('[data-testid=pdf-kind-board]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=pdf-go]')]);
    const file = path.join(host.dataDir, `votes-${tag}.pdf`);
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u0e4d\u0e32/g, '\u0e33');
    expect(text).toContain('ผลโหวต');
    expect(text).toMatch(/1\.\s*5 เสียง\s*—\s*ปุ๋ยหมัก/);
    expect(text).toMatch(/2\.\s*3 เสียง\s*—\s*โรงเรียนในตำบล/);
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', file, shotPath(`kit-votes-pdf-${tag}`)]);
  });
});
