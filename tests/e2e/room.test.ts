import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blockRects } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';
import { addBoardOps } from '../../shared/edits/boards';
import { addRowOps } from '../../shared/edits/rows';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { boardToPage, docInPage } from '../helpers/boardPage';
import { launchBrowser, shotPath } from '../helpers/browserHost';
import { startRoomHost, type RoomHost } from '../helpers/roomHost';
import {
  addNote,
  addNoteByPhone,
  contentOf,
  editNote,
  editNoteByPhone,
  insideNote,
  moved,
  moveNote,
  moveNoteByFinger,
  openTab,
  recolourNote,
  scanQr,
  setCell,
} from '../helpers/roomPage';

let host: RoomHost;
let browser: Browser;
const contexts: BrowserContext[] = [];

const cbmc = BUILTIN_LIBRARY.templates.find((t) => t.id === 'cbmc-9')!;
const plan = BUILTIN_LIBRARY.templates.find((t) => t.id === 'operation-plan')!;
const layout = cbmc.layout as CanvasLayout;

beforeAll(async () => {
  host = await startRoomHost();
  browser = await launchBrowser();
});
// One room at a time: each test closes its room and its devices.
afterEach(async () => {
  await host.services['room.close']({}).catch(() => undefined);
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await host?.cleanup();
});

/** A workshop with a CBMC-9 board (b1) and an operation plan (b2) holding two rows. */
async function seedWorkshop(name: string): Promise<string> {
  const s = host.services;
  const w = await s['workshops.create']({
    fields: {
      name,
      group: 'กลุ่มทอผ้าบ้านนาขา',
      tambon: 'นาขา',
      amphoe: 'หลังสวน',
      province: 'ชุมพร',
      date: '2026-03-01',
      facilitator: 'พี่เลี้ยงสมศรี',
    },
  });
  let doc = (await s['workshop.open']({ id: w.id })).doc;
  await s['ops.apply']({ workshopId: w.id, ops: addBoardOps(doc, { template: cbmc, title: 'CBMC ของกลุ่ม', id: 'b1' }) });
  doc = (await s['workshop.open']({ id: w.id })).doc;
  await s['ops.apply']({ workshopId: w.id, ops: addBoardOps(doc, { template: plan, title: 'แผนปฏิบัติการ', id: 'b2' }) });
  doc = (await s['workshop.open']({ id: w.id })).doc;
  await s['ops.apply']({ workshopId: w.id, ops: addRowOps(doc, { boardId: 'b2', id: 'r1', cells: { activity: 'อบรมทำบัญชี' } }) });
  doc = (await s['workshop.open']({ id: w.id })).doc;
  await s['ops.apply']({ workshopId: w.id, ops: addRowOps(doc, { boardId: 'b2', id: 'r2', cells: { activity: 'ตลาดนัดชุมชน' } }) });
  return w.id;
}

interface Device {
  context: BrowserContext;
  page: Page;
}

async function device(opts: { width: number; height: number; phone?: boolean }): Promise<Device> {
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    deviceScaleFactor: opts.phone ? 2 : 1,
    isMobile: opts.phone ?? false,
    hasTouch: opts.phone ?? false,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  return { context, page };
}

/** The facilitator opens the workshop on the browser host and presses "Open room"; answers the room's address as shown. */
async function openRoom(page: Page, workshopId: string): Promise<URL> {
  await page.goto(`${host.url}/#/w/${workshopId}/b/b1`);
  await page.waitForFunction(() => (window as never as { __cbmc: { viewport?: unknown } }).__cbmc.viewport !== undefined);
  await page.getByTestId('room-open').click();
  await page.getByTestId('room-panel').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=room-status]')?.getAttribute('data-state') === 'live');
  return new URL((await page.getByTestId('room-url').first().textContent())!.trim());
}

/**
 * Where a participant's browser goes: the port and key of the address the room shows, through
 * 127.0.0.1 (tests never connect to the printed network address).
 */
const loopbackOf = (shown: URL) => `http://127.0.0.1:${shown.port}${shown.pathname.replace(/\/?$/, '/')}`;

async function join(page: Page, url: string, name: string, shot?: string) {
  await page.goto(url);
  await page.getByTestId('join-screen').waitFor();
  await page.getByTestId('join-name').fill(name);
  if (shot) await page.screenshot({ path: shotPath(shot) });
  await page.getByTestId('join-button').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=room-status]')?.getAttribute('data-state') === 'live');
  await page.waitForFunction(() => (window as never as { __cbmc: { viewport?: unknown } }).__cbmc.viewport !== undefined);
}

/** Waits (bounded) until no page has an edit the host has not confirmed, then compares all with SQLite. */
async function settled(pages: Page[], workshopId: string) {
  for (const page of pages) {
    await page.waitForFunction(
      () => {
        const room = (
          window as never as { __cbmc: { store: { getState(): { room: { status: string; pending: number } | null } } } }
        ).__cbmc.store.getState().room;
        return room?.status === 'live' && room.pending === 0;
      },
      undefined,
      { timeout: 20_000, polling: 100 },
    );
  }
  const stored = contentOf((await host.services['workshop.open']({ id: workshopId as never })).doc);
  // Others' last batches may still be on their way to a page: give each a bounded moment to catch up.
  for (const page of pages) {
    await expect.poll(async () => contentOf(await docInPage(page)), { timeout: 10_000, interval: 100 }).toEqual(stored);
  }
  return stored;
}

describe('room mode: a facilitator and two participants on one workshop, live', { timeout: 120_000 }, () => {
  it('three people add, edit and move notes and edit cells at once; all converge to what SQLite holds', async () => {
    const workshopId = await seedWorkshop('เวทีกลุ่มทอผ้า');
    const fac = await device({ width: 1024, height: 768 });
    const shown = await openRoom(fac.page, workshopId);
    expect(shown.pathname).toMatch(/^\/r\/[\w-]{22,}$/);
    await fac.page.screenshot({ path: shotPath('room-panel-1024.png') });
    // The code on screen is what a phone's camera reads: decoded from the screenshot, it is the address shown.
    const scanned = scanQr(shotPath('room-panel-1024.png'));
    if (scanned !== null) expect(scanned).toBe(shown.href);
    await fac.page.getByTestId('room-hide').click();

    const laptop = await device({ width: 1280, height: 800 });
    const phone = await device({ width: 390, height: 844, phone: true });
    const roomUrl = loopbackOf(shown);
    await join(laptop.page, roomUrl, 'สมชาย ใจดี');
    await join(phone.page, roomUrl, 'ป้าแดง', 'room-join-phone.png');
    await phone.page.screenshot({ path: shotPath('room-board-phone.png') });
    await expect.poll(() => fac.page.getByTestId('room-show').getAttribute('data-n')).toBe('3');

    // All three at once: each adds notes in its own blocks, then edits and moves one, then a cell.
    await Promise.all([
      (async () => {
        await addNote(fac.page, 0, 'ผ้าทอลายดอกพิกุล');
        await addNote(fac.page, 1, 'ลูกค้านักท่องเที่ยว');
        await editNote(fac.page, 'ผ้าทอลายดอกพิกุล', 'ผ้าทอลายดอกพิกุล ย้อมสีธรรมชาติ');
        await moveNote(fac.page, 'ลูกค้านักท่องเที่ยว', 30, 20);
      })(),
      (async () => {
        await addNote(laptop.page, 2, 'ขายออนไลน์ผ่านเพจ');
        await addNote(laptop.page, 3, 'สมาชิกกลุ่ม 25 คน');
        await moveNote(laptop.page, 'ขายออนไลน์ผ่านเพจ', -25, 15);
        await editNote(laptop.page, 'สมาชิกกลุ่ม 25 คน', 'สมาชิกกลุ่ม 27 คน');
        await recolourNote(laptop.page, 'สมาชิกกลุ่ม 27 คน', 'green');
      })(),
      (async () => {
        await addNoteByPhone(phone.page, 4, 'ฝ้ายปลูกเอง');
        await addNoteByPhone(phone.page, 5, 'ค่าย้อมสี');
        await editNoteByPhone(phone.page, 'ค่าย้อมสี', 'ค่าย้อมสีและค่าฝ้าย');
        await moveNoteByFinger(phone.page, 'ค่าย้อมสีและค่าฝ้าย', 40, 30); // the note in view after editing it
      })(),
    ]);
    await Promise.all([
      setCell(fac.page, 'แผนปฏิบัติการ', 0, 'objective', 'ให้สมาชิกจดบัญชีเป็น'),
      setCell(laptop.page, 'แผนปฏิบัติการ', 0, 'method', 'อบรมสองวัน'),
      setCell(phone.page, 'แผนปฏิบัติการ', 1, 'objective', 'ขายผ้าให้คนในตำบล'),
    ]);

    const stored = await settled([fac.page, laptop.page, phone.page], workshopId);
    expect(stored.notes.map((n) => n.text).sort()).toEqual(
      ['ผ้าทอลายดอกพิกุล ย้อมสีธรรมชาติ', 'ลูกค้านักท่องเที่ยว', 'ขายออนไลน์ผ่านเพจ', 'สมาชิกกลุ่ม 27 คน', 'ฝ้ายปลูกเอง', 'ค่าย้อมสีและค่าฝ้าย'].sort(),
    );
    expect(moved).toHaveLength(3);
    expect(stored.notes.find((n) => n.text === 'สมาชิกกลุ่ม 27 คน')!.color).toBe('green');
    for (const m of moved.splice(0)) {
      const now = stored.notes.find((n) => n.id === m.id)!;
      expect([now.x, now.y]).not.toEqual([m.x, m.y]);
    }
    const r1 = stored.rows.find((r) => r.id === 'r1')!;
    expect(r1.cells).toMatchObject({ activity: 'อบรมทำบัญชี', objective: 'ให้สมาชิกจดบัญชีเป็น', method: 'อบรมสองวัน' });
    expect(stored.rows.find((r) => r.id === 'r2')!.cells).toMatchObject({ objective: 'ขายผ้าให้คนในตำบล' });

    // The phone's board after everyone's edits, for the README.
    await openTab(phone.page, 'CBMC ของกลุ่ม');
    // Zoomed in on the first two blocks, as a pinch would, so the notes can be read.
    const first = blockRects(layout)[0]!;
    const scale = 390 / (first.w * 2.1);
    await phone.page.evaluate(
      (v) => {
        const w = window as never as { __cbmc: { store: { getState(): { setViewport(id: string, v: object): void } } } };
        w.__cbmc.store.getState().setViewport('b1', v);
        (w.__cbmc.store as never as { setState(p: object): void }).setState({ toast: null });
      },
      { x: -first.x * scale + 6, y: -first.y * scale + 6, scale },
    );
    await phone.page.waitForTimeout(300);
    await phone.page.screenshot({ path: shotPath('room-board-phone-after.png') });
    await fac.page.getByTestId('room-show').click();
    await fac.page.getByTestId('room-panel').waitFor();
    await fac.page.screenshot({ path: shotPath('room-panel-people-1024.png') });
  });

  it('a participant whose connection drops keeps editing; back online, nothing is lost', async () => {
    const workshopId = await seedWorkshop('เวทีเน็ตหลุด');
    const fac = await device({ width: 1280, height: 800 });
    const shown = await openRoom(fac.page, workshopId);
    await fac.page.getByTestId('room-hide').click();
    const laptop = await device({ width: 1280, height: 800 });
    // setOffline does not touch WebSockets in Chromium (playwright#4910): while "offline" the room's
    // socket is also cut here and every reconnect refused, as a dropped Wi-Fi does.
    let offline = false;
    const live: WebSocketRoute[] = [];
    await laptop.context.routeWebSocket(/\/r\/[\w-]+\/ws$/, (ws) => {
      if (offline) return ws.close({ code: 1006, reason: 'offline' });
      live.push(ws);
      ws.connectToServer();
    });
    await join(laptop.page, loopbackOf(shown), 'ลุงมี');
    await addNote(laptop.page, 0, 'ก่อนเน็ตหลุด');

    offline = true;
    await laptop.context.setOffline(true);
    for (const ws of live.splice(0)) await ws.close({ code: 1006, reason: 'offline' }).catch(() => undefined);
    await laptop.page.waitForFunction(() => document.querySelector('[data-testid=room-status]')?.getAttribute('data-state') === 'offline');
    await addNote(laptop.page, 1, 'เขียนตอนเน็ตหลุด');
    await editNote(laptop.page, 'ก่อนเน็ตหลุด', 'ก่อนเน็ตหลุด แก้ตอนหลุด');
    await setCell(laptop.page, 'แผนปฏิบัติการ', 0, 'objective', 'พิมพ์ตอนเน็ตหลุด');
    // Meanwhile the facilitator edits too.
    await addNote(fac.page, 2, 'ผู้จัดเขียนระหว่างนั้น');
    const status = laptop.page.getByTestId('room-status');
    await expect.poll(() => status.getAttribute('data-pending')).not.toBe('0');
    expect(await status.textContent()).toMatch(/\d/); // "reconnecting (N edits waiting)" in words
    await laptop.page.screenshot({ path: shotPath('room-offline.png') });

    offline = false;
    await laptop.context.setOffline(false);
    const stored = await settled([fac.page, laptop.page], workshopId);
    expect(stored.notes.map((n) => n.text).sort()).toEqual(['ก่อนเน็ตหลุด แก้ตอนหลุด', 'เขียนตอนเน็ตหลุด', 'ผู้จัดเขียนระหว่างนั้น'].sort());
    expect(stored.rows.find((r) => r.id === 'r1')!.cells.objective).toBe('พิมพ์ตอนเน็ตหลุด');

    // A reload goes straight back in as the same person, and its next edit is stored like any other.
    await laptop.page.reload();
    await laptop.page.waitForFunction(() => document.querySelector('[data-testid=room-status]')?.getAttribute('data-state') === 'live');
    expect(await laptop.page.getByTestId('room-me').textContent()).toBe('ลุงมี');
    await openTab(laptop.page, 'CBMC ของกลุ่ม');
    await addNote(laptop.page, 3, 'หลังโหลดหน้าใหม่');
    const again = await settled([fac.page, laptop.page], workshopId);
    expect(again.notes.map((n) => n.text)).toContain('หลังโหลดหน้าใหม่');
    await expect.poll(() => fac.page.getByTestId('room-show').getAttribute('data-n')).toBe('2');
  });

  it('presence: a note someone is typing in shows their name to the others, and a second editor is asked first', async () => {
    const workshopId = await seedWorkshop('เวทีดูว่าใครแก้');
    const fac = await device({ width: 1024, height: 768 });
    const shown = await openRoom(fac.page, workshopId);
    await fac.page.getByTestId('room-hide').click();
    await addNote(fac.page, 0, 'โน้ตที่มีคนกำลังแก้');
    const laptop = await device({ width: 1280, height: 800 });
    await join(laptop.page, loopbackOf(shown), 'น้องฝน');
    const n = await insideNote(laptop.page, 'โน้ตที่มีคนกำลังแก้');
    const p = await boardToPage(laptop.page, n.x, n.y);
    await laptop.page.mouse.dblclick(p.x, p.y);
    await laptop.page.getByTestId('note-editor').waitFor();
    await laptop.page.getByTestId('note-editor').fill('น้องฝนกำลังพิมพ์');

    const tag = fac.page.getByTestId('presence-tag');
    await tag.waitFor();
    expect(await tag.getAttribute('data-note')).toBe(n.id);
    expect(await tag.textContent()).toContain('น้องฝน');
    await fac.page.screenshot({ path: shotPath('room-presence.png') });
    // The facilitator double-clicks the same note: asked first, and cancelling leaves it closed.
    const q = await boardToPage(fac.page, n.x, n.y);
    await fac.page.mouse.dblclick(q.x, q.y);
    await fac.page.getByTestId('confirm-dialog').waitFor();
    expect(await fac.page.getByTestId('confirm-dialog').textContent()).toContain('น้องฝน');
    await fac.page.getByTestId('confirm-dialog').getByRole('button', { name: 'ยกเลิก' }).click();
    expect(await fac.page.getByTestId('note-editor').count()).toBe(0);

    await laptop.page.getByTestId('note-editor').press('Control+Enter');
    await tag.waitFor({ state: 'detached' });
    await settled([fac.page, laptop.page], workshopId);

    // The facilitator's page reloaded: it finds its workshop's room open and joins it again.
    await fac.page.reload();
    await fac.page.waitForFunction(() => document.querySelector('[data-testid=room-status]')?.getAttribute('data-state') === 'live');
    await addNote(fac.page, 1, 'หลังโหลดหน้าใหม่');
    const stored = await settled([fac.page, laptop.page], workshopId);
    expect(stored.notes.map((x) => x.text).sort()).toEqual(['น้องฝนกำลังพิมพ์', 'หลังโหลดหน้าใหม่'].sort());
  });

  it('the facilitator locks a board, removes a participant and closes the room; each participant is told in words', async () => {
    const workshopId = await seedWorkshop('เวทีผู้จัดคุมห้อง');
    const fac = await device({ width: 1280, height: 800 });
    const shown = await openRoom(fac.page, workshopId);
    const a = await device({ width: 1280, height: 800 });
    const b = await device({ width: 390, height: 844, phone: true });
    await join(a.page, loopbackOf(shown), 'พี่ต้อม');
    await join(b.page, loopbackOf(shown), 'น้องบี');
    await addNote(a.page, 0, 'ก่อนล็อก');

    // Read-only for participants: the board says why, and an attempt changes nothing.
    await fac.page.locator('[data-testid=room-lock][data-board=b1]').check();
    await a.page.getByTestId('room-locked').waitFor();
    const before = contentOf(await docInPage(a.page));
    const r = blockRects(layout)[1]!;
    const p = await boardToPage(a.page, r.x + r.w / 2, r.y + r.h / 2);
    await a.page.mouse.dblclick(p.x, p.y);
    expect(await a.page.getByTestId('note-editor').count()).toBe(0);
    expect(await a.page.getByTestId('toast').textContent()).toContain('ดูได้อย่างเดียว');
    await a.page.screenshot({ path: shotPath('room-locked.png') });
    await moveNote(a.page, 'ก่อนล็อก', 40, 40);
    moved.length = 0;
    expect(contentOf(await docInPage(a.page))).toEqual(before);
    // The table beside it is still open to edits; the facilitator still edits the locked board.
    await setCell(a.page, 'แผนปฏิบัติการ', 0, 'objective', 'ยังแก้ตารางได้');
    // Locked too, the table's cells are shown but cannot be typed in.
    await fac.page.locator('[data-testid=room-lock][data-board=b2]').check();
    const cell = a.page.getByTestId('table-row').first().getByTestId('cell-objective');
    await expect.poll(() => cell.getAttribute('readonly')).not.toBeNull();
    expect(await a.page.getByTestId('add-row').isDisabled()).toBe(true);
    await fac.page.locator('[data-testid=room-lock][data-board=b2]').uncheck();
    await expect.poll(() => cell.getAttribute('readonly')).toBeNull();
    await fac.page.getByTestId('room-hide').click();
    await addNote(fac.page, 2, 'ผู้จัดเขียนบนกระดานที่ล็อก');
    const stored = await settled([fac.page, a.page, b.page], workshopId);
    expect(stored.notes.map((n) => n.text).sort()).toEqual(['ก่อนล็อก', 'ผู้จัดเขียนบนกระดานที่ล็อก'].sort());

    // Removed: that page says so and stops; the others stay.
    await fac.page.getByTestId('room-show').click();
    await fac.page.locator('[data-testid=room-person]', { hasText: 'น้องบี' }).getByTestId('room-remove').click();
    await fac.page.getByTestId('confirm-yes').click();
    await b.page.getByTestId('room-ended').waitFor();
    expect(await b.page.getByTestId('room-status').getAttribute('data-state')).toBe('removed');
    await b.page.screenshot({ path: shotPath('room-removed-phone.png') });
    await expect.poll(() => fac.page.getByTestId('room-person').count()).toBe(2);

    // Closed: every participant is told, the facilitator's page goes back to saving by itself.
    await fac.page.getByTestId('room-close').click();
    await fac.page.getByTestId('confirm-yes').click();
    await a.page.getByTestId('room-ended').waitFor();
    expect(await a.page.getByTestId('room-status').getAttribute('data-state')).toBe('closed');
    await fac.page.getByTestId('room-open').waitFor();
    await addNote(fac.page, 3, 'หลังปิดห้อง');
    await fac.page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'saved');
    const after = (await host.services['workshop.open']({ id: workshopId as never })).doc;
    expect(Object.values(after.notes).map((n) => n.text)).toContain('หลังปิดห้อง');
    expect((await host.services['room.status']({})).room).toBeNull();
  });

  it('a wrong key opens nothing', async () => {
    const workshopId = await seedWorkshop('เวทีกุญแจผิด');
    const fac = await device({ width: 1280, height: 800 });
    const shown = await openRoom(fac.page, workshopId);
    const wrong = new URL(loopbackOf(shown));
    wrong.pathname = `/r/${'A'.repeat(22)}/`;
    const stranger = await device({ width: 390, height: 844, phone: true });
    expect((await stranger.context.request.get(wrong.href)).status()).toBe(404);
    // An empty 404: Chromium shows its own error page, so the navigation itself reports a failure.
    const failed = await stranger.page.goto(wrong.href).then(
      (res) => res?.status(),
      (e: Error) => e.message,
    );
    expect(String(failed)).toMatch(/404|ERR_HTTP_RESPONSE_CODE_FAILURE/);
    expect(await stranger.page.getByTestId('join-screen').count()).toBe(0);
    expect(await stranger.page.evaluate(() => 'store' in ((window as never as { __cbmc?: object }).__cbmc ?? {}))).toBe(false);
  });
});
