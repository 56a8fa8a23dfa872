import { describe, expect, it, vi } from 'vitest';
import { blockRects, noteRect } from '../../shared/geometry/boardGeometry';
import type { Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import { cbmc9 } from '../../shared/templates/cbmc9';
import { blocksInOrder, stepBlock } from '../../renderer/presentation/blockOrder';
import { focusViewport, panelWidth, READABLE_NOTE_PX } from '../../renderer/presentation/focusViewport';
import { fitViewport } from '../../renderer/canvas/viewport';

// The size the canvas fits a note's text to needs a real canvas to measure; here every note's text is 14.
const FITTED = 14;
vi.mock('../../renderer/canvas/noteFontSize', () => ({ noteFontSize: () => FITTED }));

const layout = cbmc9.layout as CanvasLayout;
const order = blocksInOrder(layout);

function notesIn(blockId: string, count: number) {
  return Array.from({ length: count }, (_, k) => {
    const note = {
      id: `n${k}`,
      boardId: 'b',
      blockId,
      x: (k % 3) * 145,
      y: 60 + Math.floor(k / 3) * 88,
      w: 140,
      h: 80,
      text: 'น้ำพริก',
      color: 'yellow',
      z: k,
    } as unknown as Note;
    return { note, rect: noteRect(layout, note) };
  });
}

describe('presentation focus', () => {
  it('steps through the blocks top to bottom, left to right, with the whole board before the first and after the last', () => {
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      expect(a.y < b.y || (a.y === b.y && a.x < b.x)).toBe(true);
    }
    expect(stepBlock(layout, null, 1)).toBe(order[0]!.id);
    expect(stepBlock(layout, order[0]!.id, 1)).toBe(order[1]!.id);
    expect(stepBlock(layout, order.at(-1)!.id, 1)).toBeNull();
    expect(stepBlock(layout, null, -1)).toBe(order.at(-1)!.id);
    expect(stepBlock(layout, order[0]!.id, -1)).toBeNull();
  });

  it.each([
    [1024, 768],
    [1366, 768],
    [1920, 1080],
  ])('at %i×%i a block of 20 notes is shown with its note text at least 20 px, beside the panel', (w, h) => {
    const block = order[0]!;
    const drawn = notesIn(block.id, 20);
    const vp = focusViewport(layout, block.id, drawn, { w, h });
    expect(FITTED * vp.scale).toBeGreaterThanOrEqual(READABLE_NOTE_PX);
    // The first note is on screen, left of the panel.
    const first = drawn[0]!.rect;
    const left = first.x * vp.scale + vp.x;
    const top = first.y * vp.scale + vp.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + first.w * vp.scale).toBeLessThanOrEqual(w - panelWidth(w));
    expect(top).toBeGreaterThanOrEqual(0);
    // The block's title (its top edge) is in view too.
    expect(block.y * vp.scale + vp.y).toBeGreaterThanOrEqual(0);
  });

  it('an empty block is fitted whole; no block is the whole board', () => {
    const block = order[2]!;
    const vp = focusViewport(layout, block.id, [], { w: 1024, h: 768 });
    const r = blockRects(layout).find((b) => b.id === block.id)!;
    expect(r.x * vp.scale + vp.x).toBeGreaterThanOrEqual(0);
    expect((r.x + r.w) * vp.scale + vp.x).toBeLessThanOrEqual(1024 - panelWidth(1024) + 0.001);
    expect(focusViewport(layout, null, [], { w: 1024, h: 768 })).toEqual(fitViewport(layout, { w: 1024 - panelWidth(1024), h: 768 }));
  });
});
