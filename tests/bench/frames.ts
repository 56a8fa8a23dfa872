import type { Page } from 'playwright-core';

/**
 * Starts recording the time between animation frames in the page (page clock). Resolves once the
 * first frame has ticked, so whatever the caller does next falls inside a recorded interval
 * rather than before the first one. (A string, so no bundler helpers leak in.)
 */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(`new Promise((started) => {
    window.__frames = [];
    window.__framesOn = true;
    let last = -1;
    function tick(t) {
      if (!window.__framesOn) return;
      if (last < 0) started();
      else window.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })`);
}

export async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as never as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames.slice();
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number) => Math.round(n * 10) / 10;
