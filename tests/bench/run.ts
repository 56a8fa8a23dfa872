import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { launchBrowser, startHost } from '../helpers/browserHost';
import { benchApply } from './applyBench';
import { benchBackup } from './backupBench';
import { benchDrag, benchPan } from './canvasBench';
import { benchFocusGlide } from './presentBench';
import { percentile, round } from './frames';
import { seedWorkshop } from './seed';
import { benchWorkshopFile } from './workshopFileBench';
import { benchSearch } from './searchBench';
import { benchTidy } from './tidyBench';
import { benchRoomMemory, benchRoomRtt, benchRoomWelcome } from './roomBench';
import { benchRoomJoin } from './roomJoinBench';

/**
 * `npm run bench [-- --runs N]`: runs every figure N times (3 by default) and prints each run, the
 * medians with their targets, the machine they were measured on and, last, one JSON line of medians.
 * Not a pass/fail test.
 */
async function main(): Promise<void> {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const all: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    all.push(await runOnce());
    console.log(`run ${i + 1}/${runs}: ${JSON.stringify(Object.fromEntries(Object.entries(all[i]!).map(([k, v]) => [k, round(v)])))}`);
  }
  const results = Object.fromEntries(
    Object.keys(all[0]!).map((k) => [
      k,
      percentile(
        all.map((r) => r[k]!),
        50,
      ),
    ]),
  );
  printFigures(results, runs);
}

/** Every figure once, each on the data it names. */
async function runOnce(): Promise<Record<string, number>> {
  const host = await startHost();
  const browser = await launchBrowser();
  const results: Record<string, number> = {};
  try {
    const s500 = await seedWorkshop(host.services, 500);
    const s2000 = await seedWorkshop(host.services, 2000);
    const s5000 = await seedWorkshop(host.services, 5000);

    const d500 = await benchDrag(browser, host.url, s500, 500);
    results.drag_p95_500 = d500.p95;
    results.focus_glide_p95_500 = (await benchFocusGlide(browser, host.url, s500, 500)).p95;
    const d2000 = await benchDrag(browser, host.url, s2000, 2000);
    results.drag_p95_2000 = d2000.p95;
    results.pickup_2000 = d2000.pickup;
    results.pan_p95_2000 = (await benchPan(browser, host.url, s2000, 2000)).p95;
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) opens.push((await benchDrag(browser, host.url, s5000, 5000)).openMs);
    results.open_5000 = percentile(opens, 50);
    results.tidy_200 = await benchTidy(browser, host.url, host.services);

    // One op through the service to committed, on the host's own connection: synchronous = FULL,
    // so each figure includes the fsync that makes the edit survive a power cut.
    const times: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t0 = performance.now();
      await host.services['ops.apply']({
        workshopId: s2000.workshopId as never,
        ops: [{ type: 'note.patch', id: `n${i % 2000}`, patch: { x: 20 + (i % 50), text: `แก้ไขครั้งที่ ${i} น้ำพริก` } }],
      });
      times.push(performance.now() - t0);
    }
    results.commit_p95 = percentile(times, 95);
    results.apply_4000_on_20000 = benchApply();

    // The whole-workshop pack of all 11 steps with 500 notes, through the worker as users get it.
    const packs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await host.services.pdf.render(s500.workshopId as never, { kind: 'pack', paper: 'A4', lang: 'th' });
      packs.push(performance.now() - t0);
    }
    results.pdf_pack_500 = percentile(packs, 50);

    const search = benchSearch();
    results.search_5000 = search.search;
    results.search_index_5000 = search.index;

    const file = await benchWorkshopFile(host.services, s5000.workshopId);
    results.export_5000 = file.exportMs;
    results.import_5000 = file.importMs;
  } finally {
    await browser.close();
    await host.cleanup();
  }
  // On a host of its own, so the database holds exactly 5,000 notes.
  Object.assign(results, await benchBackup());
  // Rooms: each on a host of its own with rooms enabled, on loopback.
  results.room_rtt_p95_30 = await benchRoomRtt();
  results.room_welcome_2000 = await benchRoomWelcome();
  results.room_mem_per_client_kb = await benchRoomMemory();
  const roomBrowser = await launchBrowser();
  try {
    results.room_join_2000 = await benchRoomJoin(roomBrowser);
  } finally {
    await roomBrowser.close();
  }
  return results;
}

function printFigures(results: Record<string, number>, runs: number): void {
  const targets: Record<string, number> = {
    drag_p95_2000: 17,
    focus_glide_p95_500: 17,
    pickup_2000: 33,
    pan_p95_2000: 34,
    open_5000: 700,
    commit_p95: 5,
    apply_4000_on_20000: 100,
    pdf_pack_500: 3000,
    backup_stall_5000: 20,
    export_5000: 1000,
    import_5000: 1000,
    tidy_200: 50,
    search_5000: 30,
    room_rtt_p95_30: 50,
    room_join_2000: 1500,
  };
  console.log(`\nfigure (median of ${runs})  ms      target`);
  for (const [k, v] of Object.entries(results)) {
    console.log(`${k.padEnd(22)} ${String(round(v)).padStart(7)}  ${targets[k] !== undefined ? `≤ ${targets[k]}` : ''}`);
  }
  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, round(v)]))));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
