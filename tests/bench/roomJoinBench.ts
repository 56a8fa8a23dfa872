import type { Browser } from 'playwright-core';
import { newPage } from '../helpers/browserHost';
import { percentile } from './frames';
import { roomHost } from './roomBench';
import { seedWorkshop } from './seed';

/**
 * room_join_2000: a participant opening a 2,000-note workshop in Chromium, from the start of
 * navigation to the room's address until a draw has painted all 2,000 notes and the frame after it
 * (the page's own clock). The name was given before (this device joined already), so no typing is
 * counted: page load, socket, welcome with the whole document, and the first full paint.
 */
export async function benchRoomJoin(browser: Browser, runs = 3): Promise<number> {
  const host = roomHost();
  try {
    const seeded = await seedWorkshop(host.services, 2000);
    const room = await host.services['room.open']({ workshopId: seeded.workshopId as never });
    // Through loopback only: the page address from the facilitator's socket address, never a LAN one.
    const socket = new URL(room.facilitatorSocketUrl);
    const key = socket.pathname.split('/')[2]!;
    const pageUrl = `http://127.0.0.1:${socket.port}/r/${key}/`;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await newPage(browser, 1280, 800);
      await page.addInitScript((k) => {
        localStorage.setItem('cbmc.room.name', 'ผู้เข้าร่วมทดสอบ');
        sessionStorage.setItem('cbmc.room.joined', k);
      }, key);
      await page.goto(pageUrl);
      await page.waitForFunction(
        () => {
          const drawn = (window as never as { __cbmc?: { notesDrawn?: { count: number; paintedAt?: number } } }).__cbmc?.notesDrawn;
          return drawn?.count === 2000 && drawn.paintedAt !== undefined;
        },
        undefined,
        { polling: 50, timeout: 60_000 },
      );
      times.push(
        await page.evaluate(() => (window as never as { __cbmc: { notesDrawn: { paintedAt: number } } }).__cbmc.notesDrawn.paintedAt),
      );
      await page.context().close();
    }
    return percentile(times, 50);
  } finally {
    await host.services['room.close']({});
    host.cleanup();
  }
}
