import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docInPage } from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';
import { tempDir } from '../helpers/tempDir';
import { contentOf, dumpDatabase, seedRichWorkshop } from '../helpers/workshopFileFixtures';

const NAME = 'กลุ่มน้ำพริกแกงบ้านนาขา';
let host: Host;
let browser: Browser;
let page: Page;
let originalId: string;
const files = tempDir('cbmc-wsfile-e2e-');
const saved = path.join(files.dir, 'downloaded.cbmc');

beforeAll(async () => {
  host = await startHost();
  originalId = await seedRichWorkshop(host.services, NAME);
  await host.services['workshops.create']({
    fields: { name: 'วิสาหกิจชุมชนข้าวหอม', group: '', tambon: '', amphoe: '', province: '', date: '2026-02-01', facilitator: '' },
  });
  browser = await launchBrowser();
  page = await newPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
  files.cleanup();
});

const cards = () => page.locator('[data-testid=workshop-card]');
const card = (name: string) => page.locator('[data-testid=workshop-card]', { hasText: name });

describe('a workshop handed over as one file, in real Chromium', () => {
  it('exports a workshop from the list as a .cbmc download', async () => {
    await page.goto(host.url);
    await expect.poll(() => cards().count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), card(NAME).getByTestId('export-workshop').click()]);
    expect(download.suggestedFilename()).toBe(`${NAME}.cbmc`);
    await download.saveAs(saved);
    const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
    expect(file).toMatchObject({ format: 'cbmc-workshop', workshop: { name: NAME } });
    expect(file.notes).toHaveLength(6);
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain(`ส่งออก "${NAME}" เป็นไฟล์ ${NAME}.cbmc แล้ว`);
    await page.screenshot({ path: shotPath('workshop-file-exported.png') });
  });

  it('a cut-short file is refused with a message naming the problem, and the list stays as it was', async () => {
    const before = dumpDatabase(host.dataDir);
    const cut = path.join(files.dir, 'cut.cbmc');
    const text = fs.readFileSync(saved, 'utf8');
    fs.writeFileSync(cut, text.slice(0, Math.floor(text.length / 3)));
    await page.setInputFiles('[data-testid=import-workshop-file]', cut);
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain('นำเข้าไฟล์เวิร์กช็อปไม่ได้: ไฟล์ขาดหายไม่ครบ');
    expect(await page.textContent('[data-testid=toast]')).toContain('ไม่มีข้อมูลใดถูกเปลี่ยน');
    expect(await cards().count()).toBe(2);
    expect(dumpDatabase(host.dataDir)).toBe(before);
    await page.screenshot({ path: shotPath('workshop-file-refused.png') });

    await page.click('[data-testid=lang-toggle]');
    await page.setInputFiles('[data-testid=import-workshop-file]', cut);
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain('Cannot import the workshop file: the file is cut short');
    await page.click('[data-testid=lang-toggle]');
    await page.locator('[data-testid=toast] button').click();
  });

  it('imports the file as a new workshop that appears in the list, named in a toast, and opens', async () => {
    await page.setInputFiles('[data-testid=import-workshop-file]', saved);
    await expect.poll(() => page.textContent('[data-testid=toast]')).toContain(`นำเข้าเวิร์กช็อป "${NAME}" แล้ว เป็นเวิร์กช็อปใหม่`);
    await expect.poll(() => card(NAME).count()).toBe(2);
    await page.screenshot({ path: shotPath('workshop-file-imported.png') });

    // The newest card is the copy: open it and find the same boards, notes and rows.
    await cards().first().locator('.card-open').click();
    await expect.poll(() => page.getByTestId('workshop-name').textContent()).toBe(NAME);
    await page.getByTestId('tab-boards').click();
    const copy = await docInPage(page);
    expect(copy.workshop.id).not.toBe(originalId);
    const original = (await host.services['workshop.open']({ id: originalId as never })).doc;
    expect(contentOf(copy)).toEqual(contentOf(original));
    await page.getByTestId('board-link').first().click();
    await page.getByTestId('board-canvas').waitFor();
    await page.waitForTimeout(300); // let the notes paint before the picture
    await page.screenshot({ path: shotPath('workshop-file-copy-board.png') });
  });
});
