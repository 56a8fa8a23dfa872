import { describe, expect, it } from 'vitest';
import { renderPdfInWorker } from '../../electron/pdf/renderInWorker';
import { FONTS_DIR, LIBRARY, sampleDoc } from './fixtures';
import { expectPageSizes, save, SIZES } from './pdfTools';

describe('renderPdfInWorker', () => {
  it('draws a pack off the main thread, reporting progress, while the main thread keeps ticking', async () => {
    const doc = sampleDoc(1500);
    const progress: [number, number][] = [];
    let ticks = 0;
    let maxGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      ticks++;
    }, 10);
    try {
      const buf = await renderPdfInWorker({ kind: 'pack' }, doc, LIBRARY, {
        fontsDir: FONTS_DIR,
        onProgress: (done, total) => progress.push([done, total]),
      });
      const file = save('worker-pack', buf);
      expect(expectPageSizes(file, [SIZES.A4, SIZES.A4L]).pages).toBeGreaterThan(11);
    } finally {
      clearInterval(timer);
    }
    expect(progress.length).toBeGreaterThan(11);
    const [done, total] = progress[progress.length - 1]!;
    expect(done).toBe(total);
    expect(ticks).toBeGreaterThan(5);
    // The main thread was never blocked for the length of the render.
    expect(maxGap).toBeLessThan(250);
  });

  it('passes errors back as clear messages', async () => {
    await expect(renderPdfInWorker({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY, { fontsDir: '/nowhere/fonts' })).rejects.toThrow(
      /PDF font not found: \/nowhere\/fonts\/Sarabun-Regular\.ttf/,
    );
    await expect(renderPdfInWorker({ kind: 'board', boardId: 'nope' }, sampleDoc(5), LIBRARY, { fontsDir: FONTS_DIR })).rejects.toThrow('board not found: nope');
  });

  it('a worker file that does not exist is an error, not a hang', async () => {
    await expect(
      renderPdfInWorker({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY, { fontsDir: FONTS_DIR, workerFile: '/nowhere/pdf-worker.cjs' }),
    ).rejects.toThrow(/PDF worker/);
  });
});
