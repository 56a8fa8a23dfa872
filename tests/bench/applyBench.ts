import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../electron/db/openDatabase';
import { WorkshopService } from '../../electron/services/WorkshopService';
import { blockRects } from '../../shared/geometry/boardGeometry';
import { NOTE_SIZE, type Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { tempDir } from '../helpers/tempDir';
import { percentile } from './frames';

/**
 * apply_4000_on_20000: one batch of 4,000 note patches on a workshop of 20,000 notes, through
 * WorkshopService.applyOps on a real SQLite file. Median of three runs, each moving different notes.
 */
export function benchApply(notes = 20_000, patches = 4_000, runs = 3): number {
  const t = tempDir('cbmc-bench-apply-');
  const db = openDatabase(t.dir);
  try {
    const svc = new WorkshopService(db);
    const w = svc.create({ name: 'เวิร์กช็อปใหญ่', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' });
    const layout = cbmc9.layout as CanvasLayout;
    const rects = blockRects(layout);
    // Two boards, so the batch also runs beside notes it does not touch.
    for (const b of ['big1', 'big2']) {
      svc.applyOps(w.id, [
        {
          type: 'board.add',
          value: { id: b as never, templateId: 'cbmc-9', title: b, layout, order: 1, createdAt: '2026-01-15T00:00:00Z' },
        },
      ]);
    }
    for (let start = 0; start < notes; start += 5_000) {
      const ops: Op[] = [];
      for (let i = start; i < Math.min(notes, start + 5_000); i++) {
        const r = rects[i % rects.length]!;
        const note: Note = {
          id: `n${i}` as never,
          boardId: (i % 2 ? 'big2' : 'big1') as never,
          blockId: r.id,
          x: (i * 37) % 400,
          y: (i * 53) % 300,
          w: NOTE_SIZE.w,
          h: NOTE_SIZE.h,
          text: `น้ำพริกแกงสูตรแม่ #${i}`,
          color: 'yellow',
          z: i,
        };
        ops.push({ type: 'note.add', value: note });
      }
      svc.applyOps(w.id, ops);
    }
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const ops: Op[] = [];
      for (let k = 0; k < patches; k++) {
        const i = (k * 5 + run) % notes;
        ops.push({ type: 'note.patch', id: `n${i}`, patch: { x: 10 + run, y: 20 + (k % 90), text: `แก้ไขรอบ ${run} #${k}` } });
      }
      const t0 = performance.now();
      svc.applyOps(w.id, ops);
      times.push(performance.now() - t0);
    }
    return percentile(times, 50);
  } finally {
    db.close();
    t.cleanup();
  }
}

if (process.argv[1]?.endsWith('applyBench.ts')) console.log(JSON.stringify({ apply_4000_on_20000: Math.round(benchApply()) }));
