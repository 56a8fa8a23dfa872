import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockRects } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';
import { allSteps } from '../../shared/process/Process';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { boardToPage, docInPage, waitSaved } from '../helpers/boardPage';
import { toTemplateSetFile } from '../../shared/templates/templateSetFile';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let page: Page;
let workshopId: string;

const STEPS = allSteps(BUILTIN_LIBRARY.process).slice(0, 7);
const template = (id: string) => BUILTIN_LIBRARY.templates.find((t) => t.id === id)!;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  page = await newPage(browser);
  const w = await host.services['workshops.create']({
    fields: {
      name: 'เวิร์กช็อปบ้านนาขา',
      group: 'กลุ่มแม่บ้านเกษตรกร',
      tambon: 'นาขา',
      amphoe: 'หลังสวน',
      province: 'ชุมพร',
      date: '2026-03-01',
      facilitator: 'พี่เลี้ยง',
    },
  });
  workshopId = w.id;
  await page.goto(`${host.url}/#/w/${workshopId}`);
  await page.getByTestId('step-nav').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.cleanup();
});

/** Adds one note in the first block of the open canvas board, the way a person does. */
async function addNoteOnCanvas(text: string, layout: CanvasLayout) {
  const r = blockRects(layout)[0]!;
  const p = await boardToPage(page, r.x + r.w / 2, r.y + r.h * 0.7);
  await page.mouse.dblclick(p.x, p.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await editor.fill(text);
  await editor.press('Control+Enter');
  await editor.waitFor({ state: 'detached' });
}

describe('the eleven-step navigator in real Chromium', () => {
  it('walks steps 1–7: create each worksheet, add content, tick an output, mark done', async () => {
    await expect(page.getByTestId('step-progress').getAttribute('data-done')).resolves.toBe('0');
    for (const step of STEPS) {
      await page.getByTestId(`step-${step.id}`).click();
      await page.locator(`[data-testid=step-panel][data-step=${step.id}]`).waitFor();
      const tid = step.worksheets[0]!;
      // Step 1's first worksheet was made and opened when the new workshop was first opened.
      const made = Object.values((await docInPage(page)).boards).some((b) => b.templateId === tid);
      if (!made) await page.getByTestId(`create-${tid}`).click();
      const layout = template(tid).layout;
      if (layout.kind === 'table') {
        await page.getByTestId('table-board').waitFor();
        await page.getByTestId('add-row').click();
        const cell = page.getByTestId('table-row').last().getByTestId(`cell-${layout.columns[0]!.id}`);
        await cell.click();
        await cell.fill(`แถวของขั้นที่ ${step.number}`);
        await cell.press('Tab');
      } else {
        await page.getByTestId('board-canvas').waitFor();
        await page.waitForFunction(() => (window as never as { __cbmc: { viewport?: unknown } }).__cbmc.viewport !== undefined);
        await addNoteOnCanvas(`โน้ตขั้นที่ ${step.number}`, layout);
      }
      await page.getByTestId(`output-${step.outputs[0]!.id}`).check();
      await page.getByTestId('status-done').click();
      await expect(page.getByTestId(`step-${step.id}`).getAttribute('data-status')).resolves.toBe('done');
    }
    await page.getByTestId('step-s1').click();
    await page.getByTestId('step-notes').fill('ได้แกนนำ 12 คน นัดประชุมครั้งต่อไปวันเสาร์');
    await page.getByTestId('step-s2').click(); // leaving the field saves it
    await waitSaved(page);
    await expect(page.getByTestId('step-progress').getAttribute('data-done')).resolves.toBe('7');
  });

  it('finds statuses, checklists, notes, rows and sticky notes intact after a reload', async () => {
    const before = await docInPage(page);
    await page.reload();
    await page.getByTestId('step-nav').waitFor();
    const after = await docInPage(page);
    await expect(page.getByTestId('step-progress').getAttribute('data-done')).resolves.toBe('7');
    expect(after.steps).toEqual(before.steps);
    expect(after.rows).toEqual(before.rows);
    expect(after.notes).toEqual(before.notes);
    for (const step of STEPS) {
      expect(after.steps[step.id], step.id).toMatchObject({ status: 'done', checked: [step.outputs[0]!.id] });
      const boards = Object.values(after.boards).filter((b) => b.templateId === step.worksheets[0]);
      expect(boards, step.id).toHaveLength(1);
      const held = [...Object.values(after.rows), ...Object.values(after.notes)].filter((x) => x.boardId === boards[0]!.id);
      expect(held, step.id).toHaveLength(1);
    }
    expect(Object.values(after.rows).map((r) => Object.values(r.cells)[0])).toContain('แถวของขั้นที่ 7');
    await page.getByTestId('step-s1').click();
    await expect(page.getByTestId('step-notes').inputValue()).resolves.toBe('ได้แกนนำ 12 คน นัดประชุมครั้งต่อไปวันเสาร์');
    await page.screenshot({ path: shotPath('steps-navigator.png') });
  });

  it('edits a table as a table: baht cells, a choice, a Buddhist-era date, reorder and delete rows', async () => {
    await page.getByTestId('step-s7').click();
    await page.getByTestId('table-board').waitFor();
    const rows = page.getByTestId('table-row');
    await page.getByTestId('add-row').click();
    await rows.nth(1).getByTestId('cell-activity').fill('อบรมการทำบัญชีครัวเรือน');
    await rows.nth(1).getByTestId('cell-budget').fill('1500');
    await rows.nth(1).getByTestId('cell-budget').press('Enter');
    await expect(rows.nth(1).getByTestId('cell-budget').inputValue()).resolves.toBe('฿1,500');
    await rows.nth(1).getByTestId('cell-status').selectOption('กำลังทำ');
    await rows.nth(0).getByTestId('cell-budget').fill('หนึ่งพัน');
    await rows.nth(0).getByTestId('cell-budget').press('Enter');
    await expect(rows.nth(0).getByTestId('cell-budget').getAttribute('aria-invalid')).resolves.toBe('true');
    await rows.nth(0).getByTestId('cell-budget').fill('2,000 บาท');
    await rows.nth(0).getByTestId('cell-budget').press('Enter');
    await expect(page.getByTestId('total-budget').textContent()).resolves.toBe('฿3,500');
    await rows.nth(1).getByTestId('row-up').click();
    await expect(rows.nth(0).getByTestId('cell-activity').inputValue()).resolves.toBe('อบรมการทำบัญชีครัวเรือน');
    await page.getByTestId('add-row').click();
    await rows.nth(2).getByTestId('row-delete').click();
    await expect(rows.count()).resolves.toBe(2);
    await waitSaved(page);
    await page.locator('.table-scroll').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: shotPath('steps-table.png') });
    await page.reload();
    await page.getByTestId('table-board').waitFor();
    await expect(rows.nth(0).getByTestId('cell-budget').inputValue()).resolves.toBe('฿1,500');
    await expect(rows.nth(0).getByTestId('cell-status').inputValue()).resolves.toBe('กำลังทำ');
    await expect(rows.nth(1).getByTestId('cell-activity').inputValue()).resolves.toBe('แถวของขั้นที่ 7');
  });

  it('types dates in the Buddhist era on the activity log', async () => {
    await page.getByTestId('step-s8').click();
    await page.getByTestId('create-activity-log').click();
    await page.getByTestId('add-row').click();
    const date = page.getByTestId('table-row').first().getByTestId('cell-date');
    await date.fill('15/1/2569');
    await date.press('Enter');
    await expect(date.inputValue()).resolves.toMatch(/15.*2569/);
    await waitSaved(page);
    const doc = await docInPage(page);
    expect(Object.values(doc.rows).some((r) => r.cells.date === '2026-01-15')).toBe(true);
  });

  it("edits a block's title and questions on a canvas, and it is still there after a reload", async () => {
    await page.getByTestId('step-s5').click();
    await page.getByTestId('board-canvas').waitFor();
    const layout = template('cbmc-9').layout as CanvasLayout;
    const r = blockRects(layout).find((b) => b.id === 'value')!;
    const p = await boardToPage(page, r.x + r.w / 2, r.y + r.h * 0.85);
    await page.mouse.click(p.x, p.y);
    await page.getByTestId('edit-block').click();
    await page.getByTestId('block-label-th').fill('จุดเด่นของน้ำพริกบ้านนาขา');
    await page.getByTestId('block-questions-th').fill('ทำไมลูกค้าต้องซื้อของเรา?\nรสชาติต่างจากที่อื่นอย่างไร?');
    await page.getByTestId('block-save').click();
    await page.getByTestId('block-dialog').waitFor({ state: 'detached' });
    await waitSaved(page);
    await page.reload();
    await page.getByTestId('board-canvas').waitFor();
    const doc = await docInPage(page);
    const board = Object.values(doc.boards).find((b) => b.templateId === 'cbmc-9')!;
    expect(board.layout.kind === 'canvas' && board.layout.blocks.find((b) => b.id === 'value')).toMatchObject({
      label_th: 'จุดเด่นของน้ำพริกบ้านนาขา',
      questions_th: ['ทำไมลูกค้าต้องซื้อของเรา?', 'รสชาติต่างจากที่อื่นอย่างไร?'],
    });
    await page.screenshot({ path: shotPath('steps-block-edited.png') });
  });

  it('removes a block holding a note only after asking, keeps the note in the tray, and undoes in one step', async () => {
    const layout = template('cbmc-9').layout as CanvasLayout;
    const r = blockRects(layout)[0]!; // "partners" holds the note added in step 5
    const p = await boardToPage(page, r.x + r.w / 2, r.y + 60);
    await page.mouse.click(p.x, p.y);
    await page.getByTestId('edit-block').click();
    await page.getByTestId('block-remove').click();
    await page.getByTestId('confirm-yes').click();
    await waitSaved(page);
    let doc = await docInPage(page);
    const note = Object.values(doc.notes).find((n) => n.text === 'โน้ตขั้นที่ 5')!;
    expect(note.blockId).toBeNull();
    await page.getByTestId('tool-undo').click();
    await waitSaved(page);
    doc = await docInPage(page);
    expect(doc.notes[note.id]?.blockId).toBe(r.id);
    const board = doc.boards[note.boardId]!;
    expect(board.layout.kind === 'canvas' && board.layout.blocks.some((b) => b.id === r.id)).toBe(true);
  });

  it('shows where each block comes from', async () => {
    await page.getByTestId('about-template-open').click();
    await page.getByTestId('about-template').waitFor();
    await expect(page.locator('[data-testid^=provenance-]').count()).resolves.toBe(9);
    await page.getByTestId('about-close').click();
  });

  it('refuses a broken template set file with a message naming the problem, and changes nothing', async () => {
    await page.getByTestId('template-sets-open').click();
    await page.getByTestId('template-sets').waitFor();
    const bad = JSON.parse(toTemplateSetFile({ name: 'ชุดเสีย', ...BUILTIN_LIBRARY }));
    bad.templates[0].layout.blocks[1].col = 1;
    await page
      .getByTestId('set-import-file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const message = page.getByTestId('sets-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe(
      'นำเข้าไม่สำเร็จ: แม่แบบ "cbmc-9": ช่อง "partners" กับ "activities" ซ้อนทับกัน — ไม่มีอะไรถูกเปลี่ยนแปลง',
    );
    await page.screenshot({ path: shotPath('steps-import-refused.png') });
    await expect(
      page
        .locator('[data-testid^=set-]')
        .filter({ has: page.locator('.set-name') })
        .count(),
    ).resolves.toBe(1);
    expect((await host.services['templateSets.list']({})).sets).toHaveLength(1);
  });

  it('imports a good set with a renamed step, uses it, and the navigator shows the new name', async () => {
    const good = { name: 'ชุดภาคใต้', ...structuredClone(BUILTIN_LIBRARY) };
    good.process.phases[0]!.steps[0]!.name_th = 'ค้นหาแกนนำและคนรุ่นใหม่';
    await page
      .getByTestId('set-import-file')
      .setInputFiles({ name: 'south.json', mimeType: 'application/json', buffer: Buffer.from(toTemplateSetFile(good)) });
    await page.getByTestId('sets-message').filter({ hasText: 'นำเข้าชุด "ชุดภาคใต้" แล้ว' }).waitFor();
    await page.locator('li', { hasText: 'ชุดภาคใต้' }).getByTestId('set-use').click();
    await page.locator('li.active', { hasText: 'ชุดภาคใต้' }).waitFor();
    await page.getByTestId('sets-close').click();
    await expect(page.getByTestId('step-s1').textContent()).resolves.toContain('ค้นหาแกนนำและคนรุ่นใหม่');
    await page.reload();
    await page.getByTestId('step-nav').waitFor();
    await expect(page.getByTestId('step-s1').textContent()).resolves.toContain('ค้นหาแกนนำและคนรุ่นใหม่');
    await expect(page.getByTestId('step-s1').getAttribute('data-status')).resolves.toBe('done');
  });

  it("saves the board's edited layout as a template that new boards can be made from", async () => {
    await page.getByTestId('step-s5').click();
    await page.getByTestId('board-canvas').waitFor();
    await page.getByTestId('save-as-template').click();
    await page.getByTestId('template-name-th').fill('CBMC น้ำพริกบ้านนาขา');
    await page.getByTestId('template-name-en').fill('Nakha chilli paste CBMC');
    await page.getByTestId('save-template-submit').click();
    await page.getByTestId('save-template').waitFor({ state: 'detached' });
    await page.getByTestId('tab-boards').click();
    await page.getByTestId('add-board').click();
    await page.getByTestId('template-nakha-chilli-paste-cbmc').click();
    await page.getByTestId('add-board-submit').click();
    await waitSaved(page);
    const doc = await docInPage(page);
    const made = Object.values(doc.boards).find((b) => b.templateId === 'nakha-chilli-paste-cbmc')!;
    expect(made.layout.kind === 'canvas' && made.layout.blocks.find((b) => b.id === 'value')?.label_th).toBe('จุดเด่นของน้ำพริกบ้านนาขา');
  });
});
