import { describe, expect, it } from 'vitest';
import { boardSize, trayRect } from '../../shared/geometry/boardGeometry';
import type { CanvasLayout } from '../../shared/model/Template';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { ksnb } from '../../shared/templates/ksnb';
import { MAX_SCALE, MIN_SCALE, fitViewport, toBoard, toScreen, visibleRect, zoomAt } from '../../renderer/canvas/viewport';

const layouts = { cbmc9: cbmc9.layout as CanvasLayout, ksnb: ksnb.layout as CanvasLayout };
const windows = [
  { w: 1600, h: 900 },
  { w: 800, h: 1200 },
  { w: 1280, h: 720 },
];

describe('fitViewport', () => {
  for (const [name, layout] of Object.entries(layouts)) {
    for (const win of windows) {
      it(`shows all of ${name} and its tray inside a ${win.w}×${win.h} window, centred across`, () => {
        const vp = fitViewport(layout, win);
        const board = boardSize(layout);
        const tray = trayRect(layout);
        const topLeft = toScreen(vp, { x: 0, y: 0 });
        const bottomRight = toScreen(vp, { x: board.w, y: tray.y + tray.h });
        expect(topLeft.x).toBeGreaterThanOrEqual(0);
        expect(topLeft.y).toBeGreaterThanOrEqual(0);
        expect(bottomRight.x).toBeLessThanOrEqual(win.w);
        expect(bottomRight.y).toBeLessThanOrEqual(win.h);
        // Centred left to right: equal room on both sides.
        expect(topLeft.x).toBeCloseTo(win.w - bottomRight.x, 6);
        // And as large as fits: one of the two directions is filled up to its margin.
        const room = Math.min(topLeft.x, win.h - bottomRight.y, topLeft.y);
        expect(room).toBeLessThanOrEqual(24 + 1e-6);
      });
    }
  }

  it('never zooms past the limits, even for a tiny or a huge window', () => {
    expect(fitViewport(layouts.cbmc9, { w: 20, h: 20 }).scale).toBe(MIN_SCALE);
    expect(fitViewport(layouts.cbmc9, { w: 100_000, h: 100_000 }).scale).toBe(MAX_SCALE);
  });
});

describe('zoomAt', () => {
  const vp = { x: 130, y: -40, scale: 0.6 };
  const anchor = { x: 700, y: 333 };

  it('keeps the board point under the pointer where it is', () => {
    for (const factor of [1.25, 0.8, 3, 0.1]) {
      const before = toBoard(vp, anchor);
      const next = zoomAt(vp, factor, anchor);
      const after = toBoard(next, anchor);
      expect(after.x).toBeCloseTo(before.x, 9);
      expect(after.y).toBeCloseTo(before.y, 9);
    }
  });

  it('zooming in and out again by the same factor returns to the same view', () => {
    const back = zoomAt(zoomAt(vp, 1.7, anchor), 1 / 1.7, anchor);
    expect(back.scale).toBeCloseTo(vp.scale, 12);
    expect(back.x).toBeCloseTo(vp.x, 9);
    expect(back.y).toBeCloseTo(vp.y, 9);
  });

  it('stops at the limits and still keeps the anchor fixed there', () => {
    const far = zoomAt(vp, 1000, anchor);
    expect(far.scale).toBe(MAX_SCALE);
    expect(toBoard(far, anchor).x).toBeCloseTo(toBoard(vp, anchor).x, 9);
    expect(zoomAt(vp, 0.0001, anchor).scale).toBe(MIN_SCALE);
  });
});

describe('screen and board coordinates', () => {
  const vp = { x: -250.5, y: 77, scale: 1.35 };

  it('toBoard undoes toScreen', () => {
    for (const p of [
      { x: 0, y: 0 },
      { x: 1234.5, y: -87 },
      { x: 2400, y: 1836 },
    ]) {
      const back = toBoard(vp, toScreen(vp, p));
      expect(back.x).toBeCloseTo(p.x, 9);
      expect(back.y).toBeCloseTo(p.y, 9);
    }
  });

  it('visibleRect is the board area between the window corners', () => {
    const size = { w: 1600, h: 900 };
    const r = visibleRect(vp, size);
    const a = toBoard(vp, { x: 0, y: 0 });
    const b = toBoard(vp, { x: size.w, y: size.h });
    expect(r.x).toBeCloseTo(a.x, 9);
    expect(r.y).toBeCloseTo(a.y, 9);
    expect(r.x + r.w).toBeCloseTo(b.x, 9);
    expect(r.y + r.h).toBeCloseTo(b.y, 9);
  });
});
