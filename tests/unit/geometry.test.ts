import { describe, expect, it } from 'vitest';
import { blockRects, boardSize, noteRect, placeNote, trayRect, zoneAt, BOARD_WIDTH } from '../../shared/geometry/boardGeometry';
import { freeSpot } from '../../shared/geometry/freeSpot';
import { validateLayout } from '../../shared/geometry/validateLayout';
import { note, twoBlockLayout } from '../helpers/fixtures';

describe('board geometry', () => {
  it('zoneAt finds the block under a point and null outside every block', () => {
    const [left, right] = blockRects(twoBlockLayout);
    expect(zoneAt(twoBlockLayout, { x: left!.x + 5, y: left!.y + 5 })).toBe('left');
    expect(zoneAt(twoBlockLayout, { x: right!.x + right!.w - 1, y: right!.h - 1 })).toBe('right');
    expect(zoneAt(twoBlockLayout, { x: BOARD_WIDTH + 10, y: 10 })).toBeNull();
    expect(zoneAt(twoBlockLayout, { x: 10, y: boardSize(twoBlockLayout).h + 5 })).toBeNull();
  });

  it('a note dropped with its centre in another block belongs to that block, positioned relative to it', () => {
    const [, right] = blockRects(twoBlockLayout);
    const placed = placeNote(twoBlockLayout, { x: right!.x + 30, y: 40 }, { w: 170, h: 110 });
    expect(placed).toEqual({ blockId: 'right', x: 30, y: 40 });
  });

  it('a note dropped outside every block goes to the unplaced tray', () => {
    const tray = trayRect(twoBlockLayout);
    const placed = placeNote(twoBlockLayout, { x: 100, y: tray.y + 20 }, { w: 170, h: 110 });
    expect(placed.blockId).toBeNull();
  });

  it('shrinking a block keeps its notes drawn inside it', () => {
    const n = note('n1', { x: 1100, y: 500 });
    const r = noteRect(twoBlockLayout, n);
    const [left] = blockRects(twoBlockLayout);
    expect(r.x + r.w).toBeLessThanOrEqual(left!.x + left!.w);
    expect(r.y + r.h).toBeLessThanOrEqual(left!.y + left!.h);
  });

  it('freeSpot never returns a place that overlaps a note already in the block', () => {
    const notes = [note('a', { x: 14, y: 150 }), note('b', { x: 198, y: 150 })];
    const spot = freeSpot(twoBlockLayout, 'left', notes, 170, 110);
    for (const n of notes) {
      const overlap = spot.x < n.x + n.w && n.x < spot.x + 170 && spot.y < n.y + n.h && n.y < spot.y + 110;
      expect(overlap).toBe(false);
    }
  });

  it('validateLayout names off-grid, overlapping and repeated blocks', () => {
    const b = twoBlockLayout.blocks;
    expect(validateLayout(twoBlockLayout)).toEqual([]);
    expect(validateLayout({ ...twoBlockLayout, blocks: [b[0]!, { ...b[1]!, col: 3 }] })[0]).toMatch(/off the 2×1 grid/);
    expect(validateLayout({ ...twoBlockLayout, blocks: [b[0]!, { ...b[1]!, col: 1 }] })[0]).toMatch(/overlap/);
    expect(validateLayout({ ...twoBlockLayout, blocks: [b[0]!, { ...b[1]!, id: 'left' }] })[0]).toMatch(/used twice/);
  });
});
