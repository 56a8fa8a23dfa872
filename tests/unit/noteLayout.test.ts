import { describe, expect, it } from 'vitest';
import { blockRects, intersects, noteRect } from '../../shared/geometry/boardGeometry';
import { BLOCK_CONTENT_TOP, freeSpot } from '../../shared/geometry/freeSpot';
import { cellAt, flowGrid } from '../../shared/geometry/noteGrid';
import { resizeNoteOps } from '../../shared/edits/notes';
import { TIDY_GRID, tidyBlockOps } from '../../shared/edits/tidy';
import { applyBatch } from '../../shared/ops';
import { fitFontSize, NOTE_TEXT_MAX, NOTE_TEXT_MIN } from '../../shared/text/fitFontSize';
import { THAI_LINE_HEIGHT } from '../../shared/text';
import { docWithBoard, note, twoBlockLayout } from '../helpers/fixtures';
import type { Note } from '../../shared/model/Note';

/** Every character half an em wide at size 1: layout depends only on the count of characters. */
const halfEm = (s: string) => [...s].length * 0.5;
const bounds = { min: NOTE_TEXT_MIN, max: NOTE_TEXT_MAX };

describe('fitFontSize', () => {
  it('grows short text to the largest size, shrinks long text, and always fits the box', () => {
    const short = fitFontSize('ผัก', 150, 90, halfEm, bounds);
    expect(short.size).toBe(NOTE_TEXT_MAX);
    const long = fitFontSize('ตลาดนัดชุมชนทุกวันเสาร์ขายผักปลอดสารพิษ'.repeat(3), 150, 90, halfEm, bounds);
    expect(long.size).toBeLessThan(short.size);
    expect(long.size).toBeGreaterThanOrEqual(NOTE_TEXT_MIN);
    for (const f of [short, long]) {
      expect(f.lines.length * f.size * THAI_LINE_HEIGHT).toBeLessThanOrEqual(90);
      for (const l of f.lines) expect(halfEm(l.trimEnd()) * f.size).toBeLessThanOrEqual(150);
    }
  });

  it('is the largest size that fits: one size more would not', () => {
    const text = 'กลุ่มแม่บ้านทำน้ำพริกแกงส่งร้านค้าในตำบล';
    const f = fitFontSize(text, 150, 90, halfEm, bounds);
    expect(f.size).toBeLessThan(NOTE_TEXT_MAX);
    const bigger = fitFontSize(text, 150, 90, halfEm, { min: f.size + 1, max: f.size + 1 });
    const tooTall = bigger.lines.length * (f.size + 1) * THAI_LINE_HEIGHT > 90;
    const clamped = bigger.lines.at(-1)?.endsWith('…') ?? false;
    expect(tooTall || clamped).toBe(true);
  });

  it('a larger note gets larger text for the same words', () => {
    const text = 'รวมกลุ่มผลิตปุ๋ยหมักใช้เองในหมู่บ้าน';
    expect(fitFontSize(text, 300, 200, halfEm, bounds).size).toBeGreaterThan(fitFontSize(text, 150, 90, halfEm, bounds).size);
  });

  it('text too long even at the smallest size is cut with an ellipsis at the minimum size, keeping whole Thai words', () => {
    const text = 'น้ำปุ๋ยชีวภาพ '.repeat(200);
    const f = fitFontSize(text, 150, 90, halfEm, bounds);
    expect(f.size).toBe(NOTE_TEXT_MIN);
    expect(f.lines.length).toBe(Math.floor(90 / (NOTE_TEXT_MIN * THAI_LINE_HEIGHT)));
    expect(f.lines.at(-1)!.endsWith('…')).toBe(true);
    for (const l of f.lines.slice(0, -1)) expect(l.trim() === '' || 'น้ำปุ๋ยชีวภาพ'.includes(l.trim().split(' ')[0]!)).toBe(true);
  });
});

describe('Tidy', () => {
  const messy = () => {
    const d = docWithBoard();
    const spots = [
      [40, 300, 170, 110],
      [45, 305, 200, 90],
      [600, 160, 170, 110],
      [300, 420, 120, 140],
      [10, 10, 170, 110],
    ] as const;
    spots.forEach(([x, y, w, h], i) => (d.notes[`n${i}`] = note(`n${i}`, { x, y, w, h, z: i + 1 })));
    d.notes.other = note('other', { blockId: 'right', x: 5, y: 5 });
    return d;
  };

  it("lays a block's notes in print's grid inside the block, in reading order, overlapping none", () => {
    const d = messy();
    const ops = tidyBlockOps(d, { boardId: 'b1', blockId: 'left' });
    expect(ops.every((o) => o.type === 'note.patch')).toBe(true);
    const after = applyBatch(d, ops).doc;
    const left = blockRects(twoBlockLayout).find((r) => r.id === 'left')!;
    const rects = ['n0', 'n1', 'n2', 'n3', 'n4'].map((id) => noteRect(twoBlockLayout, after.notes[id]!));
    for (const r of rects) {
      expect(r.x).toBeGreaterThanOrEqual(left.x);
      expect(r.x + r.w).toBeLessThanOrEqual(left.x + left.w);
      expect(r.y).toBeGreaterThanOrEqual(left.y + Math.min(BLOCK_CONTENT_TOP, left.h / 3));
      expect(r.y + r.h).toBeLessThanOrEqual(left.y + left.h);
    }
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(intersects(rects[i]!, rects[j]!)).toBe(false);
    // The same cells print computes for this area, filled in reading order (n4 was highest up).
    const area = { w: left.w - 28, h: left.h - Math.min(BLOCK_CONTENT_TOP, left.h / 3) - 14 };
    const g = flowGrid(5, area.w, area.h, TIDY_GRID);
    const first = cellAt(g, 0, 14, Math.min(BLOCK_CONTENT_TOP, left.h / 3), TIDY_GRID.gap);
    expect({ x: after.notes.n4!.x, y: after.notes.n4!.y, w: after.notes.n4!.w }).toEqual({
      x: Math.round(first.x),
      y: Math.round(first.y),
      w: Math.round(g.cellW),
    });
    expect(after.notes.other).toBe(d.notes.other);
  });

  it('is one step that undo takes back exactly, and tidying again changes nothing', () => {
    const d = messy();
    const applied = applyBatch(d, tidyBlockOps(d, { boardId: 'b1', blockId: 'left' }));
    expect(applyBatch(applied.doc, applied.inverse).doc.notes).toEqual(d.notes);
    expect(tidyBlockOps(applied.doc, { boardId: 'b1', blockId: 'left' })).toEqual([]);
  });

  it('fits 200 notes into one block without leaving it', () => {
    const d = docWithBoard();
    for (let i = 0; i < 200; i++) d.notes[`m${i}`] = note(`m${i}`, { x: (i * 37) % 900, y: (i * 53) % 400, z: i });
    const after = applyBatch(d, tidyBlockOps(d, { boardId: 'b1', blockId: 'left' })).doc;
    const left = blockRects(twoBlockLayout).find((r) => r.id === 'left')!;
    for (const n of Object.values(after.notes)) {
      expect(n.x + n.w).toBeLessThanOrEqual(left.w);
      expect(n.y + n.h).toBeLessThanOrEqual(left.h + 1);
    }
  });
});

describe('free placement of new notes', () => {
  it('ten notes added one after another in a block never overlap', () => {
    const notes: Note[] = [];
    for (let i = 0; i < 10; i++) {
      const spot = freeSpot(twoBlockLayout, 'left', notes, 170, 110);
      const n = note(`n${i}`, { ...spot });
      for (const m of notes) expect(intersects(noteRect(twoBlockLayout, m), noteRect(twoBlockLayout, n))).toBe(false);
      notes.push(n);
    }
  });

  it('finds the gap beside a note put by hand off the usual grid', () => {
    // A note at x=100 blocks both of a fixed scan's first two cells (14 and 198) on its row.
    const notes = [note('a', { x: 100, y: 150 })];
    const spot = freeSpot(twoBlockLayout, 'left', notes, 170, 110);
    expect(spot.y).toBe(150);
    expect(intersects({ ...spot, w: 170, h: 110 }, { x: 100, y: 150, w: 170, h: 110 })).toBe(false);
  });

  it('in a full block a new note does not land squarely on another', () => {
    const left = blockRects(twoBlockLayout).find((r) => r.id === 'left')!;
    const notes: Note[] = [];
    for (let y = 150; y + 110 <= left.h; y += 124) for (let x = 14; x + 170 <= left.w; x += 184) notes.push(note(`f${x}-${y}`, { x, y }));
    const spot = freeSpot(twoBlockLayout, 'left', notes, 170, 110);
    expect(notes.some((n) => n.x === spot.x && n.y === spot.y)).toBe(false);
  });
});

describe('resizing a note', () => {
  it('keeps the size within the note limits and the block, and undoes', () => {
    const d = docWithBoard();
    d.notes.n1 = note('n1', { x: 100, y: 200 });
    const left = blockRects(twoBlockLayout).find((r) => r.id === 'left')!;
    expect(resizeNoteOps(d, { noteId: 'n1', w: 5, h: 5 })).toEqual([{ type: 'note.patch', id: 'n1', patch: { w: 40, h: 30 } }]);
    expect(resizeNoteOps(d, { noteId: 'n1', w: 99999, h: 99999 })).toEqual([
      { type: 'note.patch', id: 'n1', patch: { w: left.w - 100, h: left.h - 200 } },
    ]);
    expect(resizeNoteOps(d, { noteId: 'n1', w: 170, h: 110 })).toEqual([]);
    const applied = applyBatch(d, resizeNoteOps(d, { noteId: 'n1', w: 320.4, h: 240 }));
    expect(applied.doc.notes.n1).toMatchObject({ w: 320, h: 240 });
    expect(applyBatch(applied.doc, applied.inverse).doc.notes.n1).toEqual(d.notes.n1);
  });
});
