import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/openDatabase';
import { blockRects } from '../../shared/geometry/boardGeometry';
import type { Board } from '../../shared/model/Board';
import type { CanvasLayout } from '../../shared/model/Template';
import { translate } from '../../shared/i18n';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { boardToPage, docInPage, waitSaved } from '../helpers/boardPage';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;

const layout = BUILTIN_LIBRARY.templates.find((t) => t.id === 'cbmc-9')!.layout as CanvasLayout;
const cbmcBoard = (id: string): Board =>
  ({ id, templateId: 'cbmc-9', title: 'CBMC', layout, order: 1, createdAt: '2026-01-01T00:00:00.000Z' }) as Board;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

/** A workshop with one CBMC-9 board, opened on that board in a fresh page. */
async function openWorkshop(name: string): Promise<{ page: Page; workshopId: string }> {
  const w = await host.services['workshops.create']({
    fields: { name, group: 'กลุ่มแม่บ้าน', tambon: 'นาขา', amphoe: 'หลังสวน', province: 'ชุมพร', date: '2026-03-01', facilitator: 'พี่เลี้ยง' },
  });
  await host.services['ops.apply']({ workshopId: w.id, ops: [{ type: 'board.add', value: cbmcBoard('b1') }] });
  const page = await newPage(browser);
  await page.goto(`${host.url}/#/w/${w.id}/b/b1`);
  await page.waitForFunction(() => (window as never as { __cbmc: { viewport?: unknown } }).__cbmc.viewport !== undefined);
  return { page, workshopId: w.id };
}

/** Adds a note in block `i` of the board, as a person does: double-click, type, Ctrl+Enter. */
async function addNote(page: Page, i: number, text: string) {
  const r = blockRects(layout)[i]!;
  const p = await boardToPage(page, r.x + r.w / 2, r.y + r.h * 0.6);
  await page.mouse.dblclick(p.x, p.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await editor.fill(text);
  await editor.press('Control+Enter');
  await editor.waitFor({ state: 'detached' });
}

async function setStatus(page: Page, stepId: string, status: 'doing' | 'done') {
  await page
    .getByTestId('tab-steps')
    .click()
    .catch(() => undefined);
  await page.getByTestId(`step-${stepId}`).click();
  await page.getByTestId(`status-${status}`).click();
}

/**
 * Records the indicator on every change of the page and every 25 ms (at most 20,000 times), with
 * how many batches the queue was holding at that moment.
 */
async function sampleIndicator(page: Page) {
  await page.evaluate(() => {
    const w = window as never as {
      __samples: { state?: string; text?: string | null; pending: number }[];
      __cbmc: { store: { saves: { pending: number } } };
    };
    w.__samples = [];
    const sample = () => {
      if (w.__samples.length >= 20_000) return;
      const el = document.querySelector('[data-testid=save-state]');
      w.__samples.push({
        state: el?.getAttribute('data-state') ?? undefined,
        text: el?.textContent,
        pending: w.__cbmc.store.saves.pending,
      });
    };
    new MutationObserver(sample).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setInterval(() => (w.__samples.length >= 20_000 ? clearInterval(timer) : sample()), 25);
  });
}
const samples = (page: Page) =>
  page.evaluate(() => (window as never as { __samples: { state?: string; text?: string | null; pending: number }[] }).__samples);

/** The workshop's notes and steps as stored in the SQLite file. */
function stored(workshopId: string) {
  const db = new Database(path.join(host.dataDir, DB_FILE), { readonly: true });
  try {
    const notes = db
      .prepare('SELECT data FROM notes WHERE workshop_id = ?')
      .all(workshopId)
      .map((r) => JSON.parse((r as { data: string }).data) as { text: string });
    const steps = db.prepare('SELECT id, data FROM steps WHERE workshop_id = ?').all(workshopId) as { id: string; data: string }[];
    return {
      texts: notes.map((n) => n.text).sort(),
      steps: Object.fromEntries(steps.map((s) => [s.id, (JSON.parse(s.data) as { status: string }).status])),
    };
  } finally {
    db.close();
  }
}

describe('no edit vanishes when the browser host goes away', () => {
  it('edits made while the host is stopped wait, are never called saved, and all arrive once it is back', async () => {
    const { page, workshopId } = await openWorkshop('เวิร์กช็อปไฟดับ');
    await sampleIndicator(page);
    await addNote(page, 0, 'ก่อนไฟดับ ขายผักปลอดสาร');
    await waitSaved(page);

    await host.stop();
    await addNote(page, 1, 'ระหว่างไฟดับ ทำปุ๋ยหมัก');
    await setStatus(page, 's3', 'doing');
    await page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'retrying');
    await addNote(page, 2, 'ระหว่างไฟดับ ตลาดนัดวันเสาร์');
    await setStatus(page, 's1', 'done');
    await page.waitForTimeout(1500); // a few retries go by
    const indicator = page.getByTestId('save-state');
    await expect(indicator.textContent()).resolves.toBe(translate('th', 'saveRetrying'));
    await page.screenshot({ path: shotPath('save-indicator-retrying.png') });
    const shown = await docInPage(page);
    expect(Object.values(shown.notes).map((n) => n.text)).toContain('ระหว่างไฟดับ ตลาดนัดวันเสาร์'); // nothing rolled back

    host = await host.restartSamePort();
    await page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'saved', null, {
      timeout: 15_000,
    });
    await expect(indicator.textContent()).resolves.toBe(`✓ ${translate('th', 'saved')}`);
    await page.screenshot({ path: shotPath('save-indicator-saved.png') });
    await expect(page.getByTestId('toast').count()).resolves.toBe(0);

    // One more edit after the restart goes straight through (it used to be refused, "step s3 does not exist").
    await setStatus(page, 's3', 'done');
    await waitSaved(page);

    const db = stored(workshopId);
    expect(db.texts).toEqual(['ก่อนไฟดับ ขายผักปลอดสาร', 'ระหว่างไฟดับ ทำปุ๋ยหมัก', 'ระหว่างไฟดับ ตลาดนัดวันเสาร์'].sort());
    expect(db.steps).toMatchObject({ s1: 'done', s3: 'done' });

    const seen = await samples(page);
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.filter((s) => s.state === 'saved' && s.pending > 0)).toEqual([]);
    expect(seen.some((s) => s.state === 'retrying')).toBe(true);
    await page.close();
  });

  it('a tab reloaded while the host is down keeps its unsent edits and sends them once the host is back', async () => {
    const { page, workshopId } = await openWorkshop('เวิร์กช็อปโหลดใหม่');
    await host.stop();
    await addNote(page, 3, 'เขียนตอนเครื่องดับ แล้วโหลดหน้าใหม่');
    await setStatus(page, 's2', 'doing');
    await page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'retrying');
    const url = page.url();
    await page.reload().catch(() => undefined); // the host is down: the browser shows its own error page
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-testid=save-state]') === null).catch(() => true)).toBe(true);
    host = await host.restartSamePort();
    for (let attempt = 0; ; attempt++) {
      // The browser may still be settling on its error page: try again, a few times at most.
      const ok = await page.goto(url).then(
        () => true,
        (e: Error) => (attempt < 5 ? false : Promise.reject(e)),
      );
      if (ok) break;
      await page.waitForTimeout(200);
    }
    await page.waitForFunction(() => (window as never as { __cbmc: { viewport?: unknown } }).__cbmc.viewport !== undefined);
    await waitSaved(page);
    const db = stored(workshopId);
    expect(db.texts).toEqual(['เขียนตอนเครื่องดับ แล้วโหลดหน้าใหม่']);
    expect(db.steps).toMatchObject({ s2: 'doing' });
    expect(Object.values((await docInPage(page)).notes).map((n) => n.text)).toEqual(['เขียนตอนเครื่องดับ แล้วโหลดหน้าใหม่']);
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cbmc.unsent.')))).resolves.toEqual([]);
    await page.close();
  });

  it('a batch whose answer was lost after the host stored it is sent again and applied once', async () => {
    const { page, workshopId } = await openWorkshop('เวิร์กช็อปคำตอบหาย');
    const answers: { alreadyApplied?: boolean; seq?: number | null }[] = [];
    let drop = true;
    await page.route('**/api/ops.apply', async (route) => {
      if (!drop) return route.continue();
      drop = false;
      // Sent, not yet answered: the indicator says "saving".
      await expect(page.getByTestId('save-state').getAttribute('data-state')).resolves.toBe('saving');
      await page.locator('header.topbar').screenshot({ path: shotPath('save-indicator-saving.png') });
      await route.fetch(); // the host gets it and commits it…
      await route.abort('connectionreset'); // …but the page never hears back
    });
    page.on('response', async (r) => {
      if (r.url().endsWith('/api/ops.apply')) answers.push(((await r.json()) as { value: { alreadyApplied?: boolean } }).value);
    });
    await addNote(page, 4, 'คำตอบหายระหว่างทาง');
    await waitSaved(page);
    await expect.poll(() => answers).toContainEqual({ savedAt: expect.any(String), alreadyApplied: true, seq: null });
    expect(stored(workshopId).texts).toEqual(['คำตอบหายระหว่างทาง']);
    await expect(page.getByTestId('toast').count()).resolves.toBe(0);
    await page.close();
  });

  it('a refusal names what was rolled back and offers its text to copy', async () => {
    const { page, workshopId } = await openWorkshop('เวิร์กช็อปถูกปฏิเสธ');
    await addNote(page, 0, 'โน้ตที่จะถูกลบที่เครื่อง');
    await waitSaved(page);
    // The note is removed behind the page's back (as another window could): its edit cannot be stored.
    const noteId = Object.keys((await docInPage(page)).notes)[0]!;
    await host.services['ops.apply']({ workshopId: workshopId as never, ops: [{ type: 'note.remove', id: noteId }] });
    await page.evaluate((id) => {
      const s = (window as never as { __cbmc: { store: { getState(): { commit(ops: unknown[]): boolean } } } }).__cbmc.store;
      s.getState().commit([{ type: 'note.patch', id, patch: { text: 'ข้อความที่พิมพ์แล้วไม่ได้บันทึก' } }]);
    }, noteId);
    const toast = page.getByTestId('toast');
    await toast.waitFor();
    await expect(toast.textContent()).resolves.toContain(translate('th', 'lostNoteEdits', { n: 1 }));
    await expect(page.getByTestId('lost-text').inputValue()).resolves.toBe('ข้อความที่พิมพ์แล้วไม่ได้บันทึก');
    await page.getByTestId('copy-lost-text').click();
    await expect(page.getByTestId('copy-lost-text').textContent()).resolves.toBe(translate('th', 'lostTextCopied'));
    await page.screenshot({ path: shotPath('save-refused-lost-text.png') });
    await page.close();
  });
});
