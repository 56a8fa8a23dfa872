// The real desktop app, driven through Playwright's Electron support: a workshop, a Thai note that
// survives a restart, and a PDF saved through the (stubbed) save dialog. Skipped, with the reason,
// where Electron's binary cannot be installed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { boardToPage, docInPage, waitSaved } from '../helpers/boardPage';
import { tempDir } from '../helpers/tempDir';
import { findElectron } from './electronBinary';

const root = path.resolve(import.meta.dirname, '..', '..');
const electron = findElectron();
const skipReason = 'reason' in electron ? electron.reason : '';
if (skipReason) console.log(`tests/electron/launch.test.ts skipped: ${skipReason}`);

const NAME = 'เวทีแผนธุรกิจกลุ่มทอผ้าบ้านนาคู';
const NOTE = 'ผ้าทอมือย้อมสีธรรมชาติ ขายผ่านร้านค้าชุมชน';
const value = blockRects(cbmc9.layout as CanvasLayout).find((b) => b.id === 'value')!;

let data: ReturnType<typeof tempDir>;
let app: ElectronApplication | undefined;

async function launch(): Promise<Page> {
  if (!('path' in electron)) throw new Error(skipReason);
  app = await _electron.launch({
    executablePath: electron.path,
    args: [root],
    cwd: root,
    // As a facilitator starts it: no ELECTRON_RUN_AS_NODE left over from a tool that set it.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'ELECTRON_RUN_AS_NODE')),
      CBMC_DATA_DIR: data.dir,
    } as Record<string, string>,
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForSelector('[data-testid=new-workshop]');
  return page;
}

describe.skipIf(!!skipReason)(`the desktop app in Electron${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(() => {
    data = tempDir('cbmc-electron-');
    // What npm start does: build, then make sure SQLite has its Electron binding.
    if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
      expect(spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }).status).toBe(0);
    }
    expect(spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'inherit' }).status).toBe(0);
    expect(spawnSync('npx', ['tsx', 'scripts/ensure-electron-binding.ts'], { cwd: root, stdio: 'inherit' }).status).toBe(0);
  });
  afterAll(async () => {
    await app?.close();
    data?.cleanup();
  });

  it('opens on the workshop list, creates a workshop and keeps a Thai note on its board', async () => {
    const page = await launch();
    await page.click('[data-testid=new-workshop]');
    await page.fill('input[name=name]', NAME);
    await page.selectOption('select[name=date-day]', '10');
    await page.selectOption('select[name=date-month]', '2');
    await page.fill('input[name=date-year]', '2569');
    await page.click('[data-testid=workshop-submit]');
    await expect.poll(() => page.textContent('[data-testid=workshop-name]')).toBe(NAME);
    await page.click('[data-testid=tab-boards]');
    await page.click('[data-testid=add-board]');
    await page.click('[data-testid=template-cbmc-9]');
    await page.click('[data-testid=add-board-submit]');
    await page.waitForSelector('[data-testid=board-canvas] canvas');
    const p = await boardToPage(page, value.x + value.w / 2, value.y + value.h * 0.6);
    await page.mouse.dblclick(p.x, p.y);
    await page.locator('[data-testid=note-editor]').waitFor();
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Control+Enter');
    await waitSaved(page);
    expect(Object.values((await docInPage(page)).notes).map((n) => n.text)).toEqual([NOTE]);
    await app!.close();
    app = undefined;
    expect(fs.existsSync(path.join(data.dir, 'cbmc-studio.sqlite'))).toBe(true);
  });

  it('after a restart finds the note, and saves the workshop pack as a PDF through the save dialog', async () => {
    const page = await launch();
    const card = page.locator('[data-testid=workshop-card]', { hasText: NAME });
    await card.locator('.card-open').click();
    await page.click('[data-testid=tab-boards]');
    await page.click('[data-testid=board-link]');
    await page.waitForSelector('[data-testid=board-canvas] canvas');
    expect(Object.values((await docInPage(page)).notes).map((n) => n.text)).toEqual([NOTE]);

    const target = path.join(data.dir, 'pack.pdf');
    // Stub the dialog (and the viewer the app opens afterwards), nothing below them.
    await app!.evaluate(({ dialog, shell }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
      shell.openPath = async () => '';
    }, target);
    await page.click('[data-testid=export-pdf]');
    await page.check('[data-testid=pdf-kind-pack]');
    await page.click('[data-testid=pdf-go]');
    await expect.poll(() => fs.existsSync(target), { timeout: 60_000 }).toBe(true);
    expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' }).replace(/\u0e4d\u0e32/g, '\u0e33');
    expect(text).toContain('ผ้าทอมือ');
  });
});
