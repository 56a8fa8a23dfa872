import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/openDatabase';
import type { Op } from '../../shared/ops';
import { board, note } from '../helpers/fixtures';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let page: Page;

async function workshop(name: string, notes: number): Promise<void> {
  const w = await host.services['workshops.create']({
    fields: { name, group: 'กลุ่มแม่บ้าน', tambon: 'นาขา', amphoe: 'หลังสวน', province: 'ชุมพร', date: '2026-03-01', facilitator: '' },
  });
  const ops: Op[] = [{ type: 'board.add', value: board('b1') }];
  for (let i = 0; i < notes; i++) ops.push({ type: 'note.add', value: note(`n${i}`, { text: `น้ำพริกแกง ${i}` }) });
  await host.services['ops.apply']({ workshopId: w.id, ops });
}

const cardNames = async () => (await page.getByTestId('workshop-card').locator('strong').allTextContents()).sort();

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  page = await newPage(browser);
  await workshop('เวิร์กช็อปบ้านนาขา', 120);
  await workshop('เวิร์กช็อปบ้านหนองบัว', 30);
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

describe('backups in real Chromium', () => {
  it('lists backups from the workshop list, makes one now and restores one workshop as a copy', async () => {
    await page.goto(host.url);
    await page.getByTestId('workshop-card').first().waitFor();
    await page.getByTestId('open-backups').click();
    await page.getByTestId('backups-screen').waitFor();
    await page.getByTestId('backup-now').click();
    const row = page.getByTestId('backup-row').first();
    await row.waitFor();
    await expect(row.getByTestId('backup-workshops').textContent()).resolves.toBe('2');
    await expect(row.textContent()).resolves.toMatch(/25\d\d .*น\./); // Buddhist-era date and time
    await page.screenshot({ path: shotPath('backups-list.png') });

    await row.getByTestId('restore-one').click();
    const dialog = page.getByTestId('restore-workshop-dialog');
    await dialog.getByTestId('backup-workshop').first().waitFor();
    await dialog.getByTestId('backup-workshop').filter({ hasText: 'บ้านนาขา' }).getByTestId('restore-copy').click();
    await page.getByTestId('workshop-card').nth(2).waitFor();
    const names = await cardNames();
    expect(names).toHaveLength(3);
    expect(names.filter((n) => n.startsWith('เวิร์กช็อปบ้านนาขา'))).toHaveLength(2);
    expect(names.some((n) => /^เวิร์กช็อปบ้านนาขา \(สำเนาจากข้อมูลสำรอง /.test(n))).toBe(true);
  });

  it('a corrupted database at start: moved aside, a Thai message with the backups, and a restore brings the workshops back', async () => {
    const expected = await cardNames();
    await host.stop(); // quitting makes a last backup
    const file = path.join(host.dataDir, DB_FILE);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(16384, 0x41), 0, 16384, Math.floor(size / 8192) * 4096);
    fs.closeSync(fd);

    host = await startHost(host.dataDir);
    await page.goto(host.url);
    const notice = page.getByTestId('recovery-notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('ฐานข้อมูลเสียหาย');
    await expect(notice.textContent()).resolves.toContain('cbmc-studio.damaged-');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(host.dataDir).some((n) => /^cbmc-studio\.damaged-.*\.sqlite$/.test(n))).toBe(true);
    await page.getByTestId('backup-row').first().waitFor();
    await page.screenshot({ path: shotPath('recovery-th.png') });

    await page.getByTestId('lang-toggle').click();
    await expect(notice.textContent()).resolves.toContain('The database is damaged');
    await page.screenshot({ path: shotPath('recovery-en.png') });
    await page.getByTestId('lang-toggle').click();

    // The newest backup (made at quit) holds all three workshops.
    const newest = page.getByTestId('backup-row').first();
    await expect(newest.getByTestId('backup-workshops').textContent()).resolves.toBe('3');
    await newest.getByTestId('restore-all').click();
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('workshop-card').nth(2).waitFor();
    expect(await cardNames()).toEqual(expected);
    await expect(page.getByTestId('toast').textContent()).resolves.toContain('กู้คืนข้อมูลสำรอง');
    await page.screenshot({ path: shotPath('recovery-restored.png') });
  });
});
