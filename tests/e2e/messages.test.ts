import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { toTemplateSetFile } from '../../shared/templates/templateSetFile';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  page = await newPage(browser, 1280, 800);
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

/** The browser's own validation would fill validationMessage ("Please fill out this field."). */
const browserMessage = () => page.$eval('input[name=name]', (el) => (el as HTMLInputElement).validationMessage);

describe('messages a person reads are ours, in the UI language', () => {
  it("an empty workshop name gets our Thai message under the field, not the browser's, and nothing is made", async () => {
    await page.goto(host.url);
    await page.getByTestId('new-workshop').click();
    await page.getByTestId('workshop-form').waitFor();
    await page.fill('input[name=name]', '   ');
    await page.fill('input[name=group]', 'กลุ่มแม่บ้านเกษตรกร');
    await page.getByTestId('workshop-submit').click();
    const problem = page.getByTestId('problem-name');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toBe('กรุณากรอกชื่อเวิร์กช็อป');
    await expect(browserMessage()).resolves.toBe('');
    await expect(page.locator('input[name=name]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('name');
    await page.screenshot({ path: shotPath('messages-empty-name-th.png') });
    expect(await host.services['workshops.list']({})).toHaveLength(0);

    // The message clears once the name is given, and the workshop is made.
    await page.fill('input[name=name]', 'แผนธุรกิจกลุ่มน้ำพริก');
    await page.getByTestId('workshop-submit').click();
    await page.getByTestId('workshop-name').waitFor();
    expect(await host.services['workshops.list']({})).toHaveLength(1);
  });

  it('says it in English when the UI is English', async () => {
    await page.getByTestId('back').click();
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('new-workshop').click();
    await page.getByTestId('workshop-submit').click();
    const problem = page.getByTestId('problem-name');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toBe('Workshop name: please fill this in');
    await expect(browserMessage()).resolves.toBe('');
    await page.screenshot({ path: shotPath('messages-empty-name-en.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('workshop-form').waitFor({ state: 'detached' });
    await page.getByTestId('lang-toggle').click(); // back to Thai
    await expect(page.getByTestId('lang-toggle').textContent()).resolves.toBe('English');
  });

  it("a broken template-set file is refused in Thai, naming what to do, never the parser's words", async () => {
    const w = (await host.services['workshops.list']({}))[0]!;
    const cbmc9 = BUILTIN_LIBRARY.templates.find((t) => t.id === 'cbmc-9')!;
    await host.services['ops.apply']({
      workshopId: w.id,
      ops: [
        {
          type: 'board.add',
          value: {
            id: 'b1' as never,
            templateId: 'cbmc-9',
            title: 'แผนธุรกิจ',
            layout: cbmc9.layout,
            order: 1,
            createdAt: '2026-01-15T00:00:00Z',
          },
        },
      ],
    });
    await page.goto(`${host.url}/#/w/${w.id}/b/b1`);
    await page.reload();
    await page.getByTestId('template-sets-open').click();
    await page.getByTestId('template-sets').waitFor();
    const message = page.getByTestId('sets-message');

    await page
      .getByTestId('set-import-file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello, this is not a template set') });
    await expect
      .poll(() => message.textContent())
      .toBe(
        'นำเข้าไม่สำเร็จ: ไฟล์นี้ไม่ใช่ไฟล์ชุดแม่แบบ (อ่านข้อมูลในไฟล์ไม่ได้) กรุณาเลือกไฟล์ .cbmc-templates.json ที่ส่งออกจาก CBMC Studio — ไม่มีอะไรถูกเปลี่ยนแปลง',
      );
    await page.screenshot({ path: shotPath('messages-import-not-json-th.png') });

    const noProcess = JSON.parse(toTemplateSetFile({ name: 'ชุดไม่ครบ', ...BUILTIN_LIBRARY })) as Record<string, unknown>;
    delete noProcess.process;
    await page
      .getByTestId('set-import-file')
      .setInputFiles({ name: 'set.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(noProcess)) });
    await expect.poll(() => message.textContent()).toBe('นำเข้าไม่สำเร็จ: ไม่มีขั้นตอนของกระบวนการ — ไม่มีอะไรถูกเปลี่ยนแปลง');
    await expect(message.textContent()).resolves.not.toMatch(/[A-Za-z]{4,}/);
    await page.screenshot({ path: shotPath('messages-import-missing-th.png') });
    expect((await host.services['templateSets.list']({})).sets).toHaveLength(1);
  });
});
