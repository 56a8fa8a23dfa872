import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdfInWorker, renderPdfToFileInWorker } from '../../electron/pdf/renderInWorker';
import { PdfJobs, type RenderedPdf } from '../../electron/services/PdfJobs';
import { tempDir } from '../helpers/tempDir';
import { FONTS_DIR, LIBRARY, sampleDoc } from './fixtures';
import { expectSarabunEmbedded, pdfInfo } from './pdfTools';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A render the test finishes by hand, writing a real file when it does. */
function controlled(dir: string, name: string) {
  let finish!: () => void;
  let started = false;
  const render = () => {
    started = true;
    return new Promise<RenderedPdf>((resolve) => {
      finish = () => {
        const file = path.join(dir, `${name}.pdf`);
        fs.writeFileSync(file, '%PDF-1.7 test');
        resolve({ file, fileName: `${name}.pdf` });
      };
    });
  };
  return { render, finish: () => finish(), isStarted: () => started };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('PDF jobs', () => {
  it('draws at most two at once; the rest wait in order and report "queued"', async () => {
    const t = tempDir();
    const jobs = new PdfJobs();
    cleanups.push(() => (jobs.close(), t.cleanup()));
    const r = ['a', 'b', 'c', 'd'].map((n) => controlled(t.dir, n));
    const ids = r.map((x) => jobs.start(x.render));
    expect(r.map((x) => x.isStarted())).toEqual([true, true, false, false]);
    expect(ids.map((id) => jobs.status(id).state)).toEqual(['running', 'running', 'queued', 'queued']);
    expect(jobs.status(ids[2]!)).toMatchObject({ state: 'queued', ahead: 0 });
    expect(jobs.status(ids[3]!)).toMatchObject({ state: 'queued', ahead: 1 });

    r[1]!.finish();
    await settle();
    expect(jobs.status(ids[1]!)).toMatchObject({ state: 'ready', fileName: 'b.pdf' });
    expect(r.map((x) => x.isStarted())).toEqual([true, true, true, false]);
    expect(jobs.status(ids[3]!)).toMatchObject({ state: 'queued', ahead: 0 });
    const taken = jobs.take(ids[1]!);
    expect(fs.readFileSync(taken.file, 'utf8')).toMatch(/^%PDF/);
  });

  it('deletes a finished PDF nobody collects after a few minutes', async () => {
    const t = tempDir();
    let clock = 1_000_000;
    const jobs = new PdfJobs({ now: () => clock });
    cleanups.push(() => (jobs.close(), t.cleanup()));
    const kept = controlled(t.dir, 'kept');
    const id = jobs.start(kept.render);
    kept.finish();
    await settle();
    const file = path.join(t.dir, 'kept.pdf');
    expect(jobs.status(id).state).toBe('ready');
    clock += 4 * 60_000;
    expect(jobs.status(id).state).toBe('ready');
    expect(fs.existsSync(file)).toBe(true);
    clock += 2 * 60_000;
    expect(() => jobs.status(id)).toThrow(/does not exist/);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('the PDF worker', () => {
  it('writes the PDF into a file as it goes', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, 'pack.pdf');
    await renderPdfToFileInWorker({ kind: 'pack' }, sampleDoc(200), LIBRARY, file, { fontsDir: FONTS_DIR });
    expect(pdfInfo(file).pages).toBeGreaterThan(11);
    expectSarabunEmbedded(file);
  });

  it('stops at its memory limit with a clear message, and the host carries on', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, 'too-big.pdf');
    const big = sampleDoc(2000);
    for (const n of Object.values(big.notes)) n.text = n.text.repeat(40).slice(0, 2000);
    await expect(renderPdfToFileInWorker({ kind: 'pack' }, big, LIBRARY, file, { fontsDir: FONTS_DIR, memoryLimitMb: 24 })).rejects.toThrow(
      /หน่วยความจำเกิน 24 MB.*more than the 24 MB/,
    );
    expect(fs.existsSync(file)).toBe(false);
    // The same process goes on to make a normal PDF.
    const ok = await renderPdfInWorker({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY, { fontsDir: FONTS_DIR });
    expect(ok.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
