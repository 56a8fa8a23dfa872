import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { launchBrowser, newPage, shotPath, startHost, type Host } from '../helpers/browserHost';

let host: Host;
let browser: Browser;
let workshopId: string;

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  const w = await host.services['workshops.create']({
    fields: {
      name: 'ตลาดนัดสีเขียวบ้านหนองน้ำใส',
      group: 'กลุ่มผักปลอดสารพิษ',
      tambon: 'หนองน้ำใส',
      amphoe: 'เมือง',
      province: 'สระแก้ว',
      date: '2026-01-15',
      facilitator: 'พี่เลี้ยงภาคตะวันออก',
    },
  });
  workshopId = w.id;
  await host.services['ops.apply']({
    workshopId: w.id,
    ops: [
      {
        type: 'board.add',
        value: {
          id: 'b1' as never,
          templateId: 'cbmc-9',
          title: 'แผนธุรกิจกลุ่มผัก',
          layout: cbmc9.layout,
          order: 1,
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
          text: 'ผักปลอดสารพิษ ส่งตรงถึงบ้าน น้ำใสสะอาด',
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

describe('PDF export from the browser host', () => {
  it('downloads the filled board as an A4 PDF with the note text and Sarabun embedded', async () => {
    const page = await newPage(browser);
    await page.goto(`${host.url}/#/w/${workshopId}/b/b1`);
    await page.click('[data-testid=export-pdf]');
    await page.check('[data-testid=pdf-kind-board]');
    await page.screenshot({ path: shotPath('export-dialog.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=pdf-go]')]);
    const file = path.join(host.dataDir, 'board.pdf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Sarabun/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\u0e4d\u0e32/g, '\u0e33');
    expect(text).toContain('ผักปลอดสารพิษ');
    await page.close();
  });

  const post = (channel: string, body: unknown) =>
    fetch(`${host.url}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('makes the whole pack in the background with progress, then hands it over once', async () => {
    const started = await post('pdf.start', { workshopId, request: { kind: 'pack' } });
    expect(started.status).toBe(200);
    const { jobId } = (await started.json()).value;
    const seen: { state: string; done: number; total: number }[] = [];
    for (let i = 0; i < 300; i++) {
      const st = (await (await post('pdf.status', { jobId })).json()).value;
      seen.push(st);
      if (st.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const last = seen.at(-1)!;
    expect(last.state).toBe('ready');
    expect(last.total).toBeGreaterThanOrEqual(11); // one section per step
    expect(last.done).toBe(last.total);
    const res = await fetch(`${host.url}/api/pdf/${jobId}`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(host.dataDir, 'pack.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(11);
    expect((await fetch(`${host.url}/api/pdf/${jobId}`)).status).toBe(404); // handed over once
  });

  it('refuses malformed or impossible PDF requests at once, with a message', async () => {
    const bad = await post('pdf.start', { workshopId, request: { kind: 'poster' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/kind/);
    const missing = await post('pdf.start', { workshopId, request: { kind: 'board', boardId: 'ghost' } });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toMatch(/board "ghost"/);
    const noWorkshop = await post('pdf.start', { workshopId: null, request: { kind: 'pack' } });
    expect(noWorkshop.status).toBe(400);
    expect((await fetch(`${host.url}/api/pdf/nojob`)).status).toBe(404);
    expect((await post('pdf.save', { jobId: 'x' })).status).toBe(400);
  });
});
