import type { Browser } from 'playwright-core';
import { NOTE_SIZE, type Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { cbmc9 } from '../../shared/templates/cbmc9';
import type { Services } from '../../electron/services/createServices';
import { waitBoardPainted, waitSaved } from '../helpers/boardPage';
import { newPage } from '../helpers/browserHost';
import { percentile } from './frames';

/**
 * tidy_200: pressing Tidy on a block of 200 heaped notes, in the page, through the store: the
 * button's click builds the batch of note.patch ops (tidyBlockOps), applies it to the document,
 * records its undo and queues it for the host. Measured around the click handler; the host's
 * commit happens after it and is not counted. Median of five runs, each undone before the next.
 */
export async function benchTidy(browser: Browser, url: string, services: Services, runs = 5): Promise<number> {
  const w = await services['workshops.create']({
    fields: { name: 'จัดเรียง 200 โน้ต', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
  });
  const boardId = 'tidy200';
  const layout = cbmc9.layout as CanvasLayout;
  const ops: Op[] = [
    {
      type: 'board.add',
      value: { id: boardId as never, templateId: 'cbmc-9', title: 'CBMC', layout, order: 1, createdAt: new Date().toISOString() },
    },
  ];
  for (let i = 0; i < 200; i++) {
    const note: Note = {
      id: `t${i}` as never,
      boardId: boardId as never,
      blockId: 'value',
      x: (i * 37) % 300,
      y: 150 + ((i * 53) % 700),
      w: NOTE_SIZE.w,
      h: NOTE_SIZE.h,
      text: `ขายผักปลอดสารพิษที่ตลาดนัด #${i}`,
      color: 'yellow',
      z: i,
    };
    ops.push({ type: 'note.add', value: note });
  }
  await services['ops.apply']({ workshopId: w.id, ops });
  const page = await newPage(browser);
  try {
    await page.goto(`${url}/#/w/${w.id}/b/${boardId}`);
    await waitBoardPainted(page, 200);
    await page.evaluate(() =>
      (window as never as { __cbmc: { store: { getState(): { selectBlock(id: string): void } } } }).__cbmc.store
        .getState()
        .selectBlock('value'),
    );
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(
        await page.evaluate(() => {
          const button = document.querySelector<HTMLButtonElement>('[data-testid=tool-tidy]')!;
          const store = (window as never as { __cbmc: { store: { getState(): { past: unknown[] } } } }).__cbmc.store;
          const steps = store.getState().past.length;
          const t0 = performance.now();
          button.click();
          const ms = performance.now() - t0;
          // A disabled button would measure nothing: the tidy must have become one undo step.
          if (store.getState().past.length !== steps + 1) throw new Error('tidy did not run');
          return ms;
        }),
      );
      await waitSaved(page);
      await page.keyboard.press('Control+z');
      await waitSaved(page);
    }
    return percentile(times, 50);
  } finally {
    await page.context().close();
  }
}
