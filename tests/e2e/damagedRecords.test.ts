import Database from 'better-sqlite3';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/openDatabase';
import { docInPage } from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';
import { board, note } from '../helpers/fixtures';

let host: Host;
let browser: Browser;
let page: Page;
const ids = { withBadNote: '', damaged: '', fine: '' };

const place = { group: 'กลุ่มแม่บ้าน', tambon: 'นาขา', amphoe: 'หลังสวน', province: 'ชุมพร', date: '2026-03-01', facilitator: 'พี่เลี้ยง' };

beforeAll(async () => {
  const first = await startHost();
  const s = first.services;
  ids.withBadNote = (await s['workshops.create']({ fields: { ...place, name: 'กลุ่มเกษตรอินทรีย์บ้านนาขา' } })).id;
  ids.damaged = (await s['workshops.create']({ fields: { ...place, name: 'กลุ่มทอผ้าที่เสียหาย' } })).id;
  ids.fine = (await s['workshops.create']({ fields: { ...place, name: 'วิสาหกิจชุมชนข้าวหอม' } })).id;
  await s['ops.apply']({
    workshopId: ids.withBadNote as never,
    ops: [
      { type: 'board.add', value: board('b1') },
      { type: 'note.add', value: note('n1', { text: 'ปุ๋ยหมักใช้เอง' }) },
      { type: 'note.add', value: note('n2', { x: 200 }) },
    ],
  });
  await first.stop();
  // Damage two rows the way a crash or a bad disk block would: text that is no longer JSON.
  const db = new Database(path.join(first.dataDir, DB_FILE));
  db.prepare(`UPDATE workshops SET data = substr(data, 1, instr(data, '","id"')) || ' "id":' WHERE id = ?`).run(ids.damaged);
  db.prepare(`UPDATE notes SET data = substr(data, 1, 20) WHERE id = 'n2'`).run();
  db.close();
  host = await first.restart();
  browser = await launchBrowser();
  page = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

const card = (name: string) => page.locator('[data-testid=workshop-card]', { hasText: name });
const damagedCard = () => page.locator('[data-testid=workshop-card][data-damaged=true]');

describe('a damaged workshop row in real Chromium', () => {
  it('the list marks the damaged workshop and says why; the others are listed as usual', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.locator('[data-testid=workshop-card]').count()).toBe(3);
    await expect(damagedCard().count()).resolves.toBe(1);
    const text = await damagedCard().textContent();
    expect(text).toContain('กลุ่มทอผ้าที่เสียหาย'); // its name is still legible in the broken text
    expect(text).toContain('⚠ เสียหาย');
    expect(text).toContain('ข้อมูลที่เก็บไว้เสียหาย อ่านไม่ได้');
    expect(text).toContain('เปิดไม่ได้');
    // The only way in is delete: no open button, no edit.
    await expect(damagedCard().locator('button').allTextContents()).resolves.toEqual(['ลบ']);
    await expect(card('วิสาหกิจชุมชนข้าวหอม').textContent()).resolves.toContain('1 มีนาคม 2569');
    await page.screenshot({ path: shotPath('workshop-list-damaged.png') });

    await page.click('[data-testid=lang-toggle]');
    await expect.poll(() => damagedCard().textContent()).toContain('The stored data is damaged and cannot be read');
    expect(await damagedCard().textContent()).toContain('Damaged');
    await page.screenshot({ path: shotPath('workshop-list-damaged-en.png') });
    await page.click('[data-testid=lang-toggle]');
    await expect.poll(() => page.textContent('h1')).toBe('เวิร์กช็อป');
  });

  it('the other workshops open; one with a damaged note opens with the rest and says what was left out', async () => {
    await card('วิสาหกิจชุมชนข้าวหอม').locator('.card-open').click();
    await expect.poll(() => page.getByTestId('workshop-name').textContent()).toBe('วิสาหกิจชุมชนข้าวหอม');
    await page.getByTestId('back').click();

    await card('กลุ่มเกษตรอินทรีย์บ้านนาขา').locator('.card-open').click();
    await expect.poll(() => page.getByTestId('workshop-name').textContent()).toBe('กลุ่มเกษตรอินทรีย์บ้านนาขา');
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain('โน้ต 1 รายการ');
    expect(await page.textContent('[data-testid=toast]')).toContain('ไม่ได้ถูกลบ');
    const doc = await docInPage(page);
    expect(Object.values(doc.notes).map((n) => n.text)).toEqual(['ปุ๋ยหมักใช้เอง']);
    await page.getByTestId('board-canvas').waitFor();
    await page.screenshot({ path: shotPath('workshop-left-out.png') });
    await page.getByTestId('back').click();
  });

  it('the damaged workshop can be deleted; the others stay', async () => {
    await damagedCard().locator('button.danger').click();
    await page.getByTestId('confirm-yes').click();
    await expect.poll(() => page.locator('[data-testid=workshop-card]').count()).toBe(2);
    await expect(damagedCard().count()).resolves.toBe(0);
    const list = await host.services['workshops.list']({});
    expect(list.map((w) => w.id).sort()).toEqual([ids.withBadNote, ids.fine].sort());
  });
});
