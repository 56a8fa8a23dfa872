import { describe, expect, it } from 'vitest';
import { toBoard, MAX_SCALE, MIN_SCALE } from '../../renderer/canvas/viewport';
import { isDoubleTap, midpoint, pinchViewport, previewTransform, spread } from '../../renderer/canvas/touchMaths';

const vp = { scale: 0.5, x: 40, y: -30 };

describe('pinch maths', () => {
  it('fingers moving apart zoom by the ratio of their distances and keep the board point under the midpoint', () => {
    const from = [
      { x: 100, y: 200 },
      { x: 200, y: 200 },
    ] as const;
    const to = [
      { x: 50, y: 200 },
      { x: 250, y: 200 },
    ] as const;
    const next = pinchViewport(vp, from, to);
    expect(next.scale).toBeCloseTo(1, 10);
    const under = toBoard(vp, midpoint(from));
    const after = toBoard(next, midpoint(to));
    expect(after.x).toBeCloseTo(under.x, 10);
    expect(after.y).toBeCloseTo(under.y, 10);
  });

  it('both fingers moving together pan by their travel without zooming', () => {
    const from = [
      { x: 100, y: 100 },
      { x: 160, y: 180 },
    ] as const;
    const to = [
      { x: 130, y: 60 },
      { x: 190, y: 140 },
    ] as const;
    const next = pinchViewport(vp, from, to);
    expect(next.scale).toBeCloseTo(vp.scale, 10);
    expect(next.x).toBeCloseTo(vp.x + 30, 10);
    expect(next.y).toBeCloseTo(vp.y - 40, 10);
  });

  it('pinching in zooms out, and the zoom stays inside its limits while the midpoint stays put', () => {
    const from = [
      { x: 0, y: 0 },
      { x: 300, y: 400 },
    ] as const;
    const pinchedIn = pinchViewport(vp, from, [
      { x: 120, y: 160 },
      { x: 180, y: 240 },
    ]);
    expect(pinchedIn.scale).toBeCloseTo(
      vp.scale *
        (spread([
          { x: 120, y: 160 },
          { x: 180, y: 240 },
        ]) /
          500),
      10,
    );
    const tiny = pinchViewport(vp, from, [
      { x: 150, y: 200 },
      { x: 151, y: 200 },
    ]);
    expect(tiny.scale).toBe(MIN_SCALE);
    const huge = pinchViewport(
      vp,
      [
        { x: 150, y: 200 },
        { x: 151, y: 200 },
      ],
      from,
    );
    expect(huge.scale).toBe(MAX_SCALE);
    // Clamped or not, the board point under the first midpoint ends under the last one.
    const cases = [
      { v: tiny, m0: { x: 150, y: 200 }, m1: { x: 150.5, y: 200 } },
      { v: huge, m0: { x: 150.5, y: 200 }, m1: { x: 150, y: 200 } },
    ];
    for (const { v, m0, m1 } of cases) {
      expect(toBoard(v, m1).x).toBeCloseTo(toBoard(vp, m0).x, 6);
      expect(toBoard(v, m1).y).toBeCloseTo(toBoard(vp, m0).y, 6);
    }
  });

  it('two fingers on one spot change nothing (no division by zero)', () => {
    const same = [
      { x: 10, y: 10 },
      { x: 10, y: 10 },
    ] as const;
    expect(pinchViewport(vp, same, same)).toEqual(vp);
  });

  it('the preview transform maps what was drawn onto where the new viewport puts it', () => {
    const now = { scale: 1.5, x: -200, y: 90 };
    const m = previewTransform(vp, now).match(/translate\((.+)px, (.+)px\) scale\((.+)\)/)!;
    const [tx, ty, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // A board point drawn at screen s under `vp` must appear where `now` puts it.
    const board = { x: 333, y: 71 };
    const drawnAt = { x: board.x * vp.scale + vp.x, y: board.y * vp.scale + vp.y };
    expect(drawnAt.x * k + tx).toBeCloseTo(board.x * now.scale + now.x, 8);
    expect(drawnAt.y * k + ty).toBeCloseTo(board.y * now.scale + now.y, 8);
  });
});

describe('double tap', () => {
  it('is a second tap soon after and near the first, and nothing else', () => {
    const first = { p: { x: 100, y: 100 }, at: 1000 };
    expect(isDoubleTap(null, { x: 100, y: 100 }, 1100)).toBe(false);
    expect(isDoubleTap(first, { x: 110, y: 95 }, 1200)).toBe(true);
    expect(isDoubleTap(first, { x: 110, y: 95 }, 1400)).toBe(false);
    expect(isDoubleTap(first, { x: 180, y: 100 }, 1100)).toBe(false);
  });
});
