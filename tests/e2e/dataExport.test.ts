import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { operationPlan } from '../../shared/templates/operationPlan';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let workshopId: string;
const NAME = 'ตลาดนัดสีเขียวบ้านหนองน้ำใส';

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  const w = await host.services['workshops.create']({
    fields: {
      name: NAME,
      group: 'กลุ่มผักปลอดสารพิษ',
      tambon: 'หนองน้ำใส',
      amphoe: 'เมือง',
      province: 'สระแก้ว',
      date: '2026-01-15',
      facilitator: 'พี่เลี้ยง',
    },
  });
  workshopId = w.id;
  const row = (id: string, order: number, activity: string, budget: string): Op => ({
    type: 'row.add',
    value: { id: id as never, boardId: 't1' as never, order, cells: { activity, budget, status: 'กำลังทำ' } },
  });
  await host.services['ops.apply']({
    workshopId: w.id,
    ops: [
      {
        type: 'board.add',
        value: {
          id: 't1' as never,
          templateId: operationPlan.id,
          title: 'แผนปฏิบัติการปี 2569',
          layout: operationPlan.layout,
          order: 1,
          createdAt: '2026-01-15T00:00:00Z',
        },
      },
      row('r1', 1, 'อบรมทำบัญชีครัวเรือน', '16800.5'),
      row('r2', 2, 'ซื้อปุ๋ยอินทรีย์, เมล็ดพันธุ์', '4199.5'),
      {
        type: 'board.add',
        value: {
          id: 'b1' as never,
          templateId: 'cbmc-9',
          title: 'แผนธุรกิจกลุ่มผัก',
          layout: cbmc9.layout,
          order: 2,
          createdAt: '2026-01-15T00:00:00Z',
        },
      },
      {
        type: 'note.add',
        value: {
          id: 'n1' as never,
          boardId: 'b1' as never,
          blockId: 'value',
          x: 20,
          y: 160,
          w: 170,
          h: 110,
          text: 'ผักปลอดสารพิษ น้ำใสสะอาด',
          color: 'green',
          z: 1,
        },
      },
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

describe('data out from the browser host', () => {
  it('a table downloads as XLSX from its menu, with the edit just typed, numbers as numbers and Thai intact', async () => {
    const page = await newPage(browser);
    await page.goto(`${host.url}/#/w/${workshopId}/b/t1`);
    // On screen: satang with two digits, and the totals row.
    await expect.poll(() => page.locator('[data-testid=table-row] [data-testid=cell-budget]').first().inputValue()).toBe('฿16,800.50');
    expect(await page.textContent('[data-testid=total-budget]')).toBe('฿21,000');
    // An edit typed just before exporting is in the file.
    const second = page.locator('[data-testid=table-row]').nth(1).locator('[data-testid=cell-budget]');
    await second.click(); // focus shows the stored figure for editing; then it is typed over
    await second.fill('5,200.25');
    await second.press('Enter');
    await expect.poll(() => page.textContent('[data-testid=total-budget]')).toBe('฿22,000.75');
    await page.click('[data-testid=export-data] summary');
    await page.screenshot({ path: shotPath('export-data-menu.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
    expect(download.suggestedFilename()).toBe(`${NAME} - แผนปฏิบัติการปี 2569 - 2569-01-15.xlsx`);
    const file = path.join(host.dataDir, 'plan.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as never);
    const ws = wb.worksheets[0]!;
    const col = (ws.getRow(1).values as unknown[]).indexOf('งบประมาณ');
    expect(col).toBeGreaterThan(0);
    expect(ws.getRow(2).getCell(2).value).toBe('อบรมทำบัญชีครัวเรือน');
    expect(ws.getRow(3).getCell(2).value).toBe('ซื้อปุ๋ยอินทรีย์, เมล็ดพันธุ์');
    expect(ws.getRow(2).getCell(col).value).toBe(16800.5);
    expect(ws.getRow(3).getCell(col).value).toBe(5200.25);
    expect(ws.getRow(2).getCell(col).numFmt).toContain('฿');
    expect(ws.getRow(4).getCell(1).value).toBe('รวม');
    expect((ws.getRow(4).getCell(col).value as { result: number }).result).toBe(22000.75);
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain('ส่งออก');
    await page.close();
  });

  it("a canvas board's notes download as CSV with a BOM and the Thai file name", async () => {
    const page = await newPage(browser);
    await page.goto(`${host.url}/#/w/${workshopId}/b/b1`);
    await page.click('[data-testid=tool-more] summary'); // a canvas board keeps export in its "more" menu
    await page.click('[data-testid=export-data] summary');
    await page.screenshot({ path: shotPath('export-data-board.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    expect(download.suggestedFilename()).toBe(`${NAME} - แผนธุรกิจกลุ่มผัก - 2569-01-15.csv`);
    const file = path.join(host.dataDir, 'notes.csv');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[1]).toMatch(/^1,คุณค่า.*,ผักปลอดสารพิษ น้ำใสสะอาด,เขียว$/);
    await page.close();
  });

  it('a missing board or a bad format is refused with a message', async () => {
    const missing = await fetch(`${host.url}/api/export/${workshopId}/nope.xlsx`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toMatch(/board "nope" does not exist/);
    const bad = await fetch(`${host.url}/api/export/${workshopId}/t1.pdf`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/format/);
  });
});
