import { describe, expect, it } from 'vitest';
import { renderPdfInWorker } from '../../electron/pdf/renderInWorker';
import { FONTS_DIR, LIBRARY, sampleDoc } from './fixtures';
import { expectPageSizes, save, SIZES } from './pdfTools';

describe('renderPdfInWorker', () => {
  it('draws a pack off the main thread, reporting progress, while the main thread keeps answering', async () => {
    const doc = sampleDoc(1500);
    const progress: [number, number][] = [];
    // What the main thread did, in order: progress reports, and a timer it set at the first report.
    const events: string[] = [];
    let rendering = true;
    let ticks = 0;
    const ticksAtProgress: number[] = [];
    // A main-thread heartbeat; stops with the render.
    const beat = () => {
      ticks++;
      if (rendering) setTimeout(beat, 1);
    };
    setTimeout(beat, 1);
    let buf: Buffer;
    try {
      buf = await renderPdfInWorker({ kind: 'pack' }, doc, LIBRARY, {
        fontsDir: FONTS_DIR,
        onProgress: (done, total) => {
          if (progress.length === 0) setTimeout(() => events.push(rendering ? 'timer while rendering' : 'timer after rendering'), 0);
          progress.push([done, total]);
          ticksAtProgress.push(ticks);
          events.push('progress');
        },
      });
    } finally {
      rendering = false;
    }
    events.push('done');
    const file = save('worker-pack', buf);
    expect(expectPageSizes(file, [SIZES.A4, SIZES.A4L]).pages).toBeGreaterThan(11);

    // Progress: one report per step of the pack, counting up to the total, which never changes.
    expect(progress.length).toBeGreaterThan(11);
    const total = progress[0]![1];
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1]![0])).toBe(true);
    expect(progress[progress.length - 1]).toEqual([total, total]);
    // Liveness, by order rather than by the clock: a timer set at the first report ran before the
    // render finished, and the heartbeat kept beating between the first and the last report. A
    // render on the main thread would run neither until it was done.
    expect(events).toContain('timer while rendering');
    expect(events.indexOf('timer while rendering')).toBeLessThan(events.lastIndexOf('progress'));
    expect(ticksAtProgress[ticksAtProgress.length - 1]!).toBeGreaterThan(ticksAtProgress[0]!);
  });

  it('passes errors back as clear messages', async () => {
    await expect(renderPdfInWorker({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY, { fontsDir: '/nowhere/fonts' })).rejects.toThrow(
      /PDF font not found: \/nowhere\/fonts\/Sarabun-Regular\.ttf/,
    );
    await expect(renderPdfInWorker({ kind: 'board', boardId: 'nope' }, sampleDoc(5), LIBRARY, { fontsDir: FONTS_DIR })).rejects.toThrow(
      'board not found: nope',
    );
  });

  it('a worker file that does not exist is an error, not a hang', async () => {
    await expect(
      renderPdfInWorker({ kind: 'blank', templateId: 'cbmc-9' }, null, LIBRARY, {
        fontsDir: FONTS_DIR,
        workerFile: '/nowhere/pdf-worker.cjs',
      }),
    ).rejects.toThrow(/PDF worker/);
  });
});
