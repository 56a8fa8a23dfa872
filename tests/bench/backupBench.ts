import { performance } from 'node:perf_hooks';
import { startHost } from '../helpers/browserHost';
import { percentile } from './frames';
import { seedWorkshop } from './seed';

/**
 * backup_5000: one backup (copy, integrity_check, rename) of a database holding 5,000 notes, as
 * "back up now" runs it. backup_stall_5000: the longest gap, during that backup, between ticks of
 * a 1 ms timer on the thread that answers requests; that thread could answer nothing in the gap.
 */
export async function benchBackup(): Promise<{ backup_5000: number; backup_stall_5000: number }> {
  const host = await startHost();
  try {
    await seedWorkshop(host.services, 5000);
    const times: number[] = [];
    const stalls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const ticker = startTicker();
      const t0 = performance.now();
      await host.services['backups.create']({});
      times.push(performance.now() - t0);
      stalls.push(ticker.stop());
    }
    return { backup_5000: percentile(times, 50), backup_stall_5000: percentile(stalls, 50) };
  } finally {
    await host.cleanup();
  }
}

/** A 1 ms timer that records the longest time between two of its ticks. */
function startTicker(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return {
    stop() {
      clearTimeout(timer);
      return Math.max(longest, performance.now() - last);
    },
  };
}
