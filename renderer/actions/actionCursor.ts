import { blockRects } from '../../shared/geometry/boardGeometry';
import type { Note } from '../../shared/model/Note';
import { currentBoard, onBoard, type Action } from './Action';

export type CursorMove = 'next' | 'prev' | 'left' | 'right' | 'up' | 'down';

type Item = { kind: 'block'; id: string } | { kind: 'note'; id: string; blockId: string | null };

/**
 * Moves the keyboard cursor (the chosen block, or the one chosen note) on the open board.
 * Tab order is each block followed by its notes top to bottom, then unplaced notes; arrow keys step
 * between blocks by where they lie. Answers false when Tab runs off either end, so focus can leave.
 */
export const actionCursor: Action<{ to: CursorMove }, boolean> = {
  name: 'canvas.cursor',
  label: 'canvasLabel',
  shortcuts: [],
  undoable: false,
  enabled: onBoard,
  perform({ store }, { to }) {
    const s = store.getState();
    const board = currentBoard(store);
    if (!board || !s.doc) return false;
    const rects = blockRects(board.layout);
    const byBlock = new Map<string | null, Note[]>();
    for (const n of Object.values(s.doc.notes)) {
      if (n.boardId !== board.id) continue;
      const list = byBlock.get(n.blockId);
      if (list) list.push(n);
      else byBlock.set(n.blockId, [n]);
    }
    const sorted = (id: string | null) => (byBlock.get(id) ?? []).sort((a, b) => a.y - b.y || a.x - b.x);
    const choose = (item: Item) => {
      if (item.kind === 'block') {
        s.select([]);
        s.selectBlock(item.id);
      } else {
        s.select([item.id]);
        s.selectBlock(item.blockId);
      }
    };
    const noteId = s.selectedNoteIds.length === 1 ? s.selectedNoteIds[0]! : null;

    if (to === 'next' || to === 'prev') {
      const items: Item[] = [];
      for (const r of rects) {
        items.push({ kind: 'block', id: r.id });
        for (const n of sorted(r.id)) items.push({ kind: 'note', id: n.id, blockId: r.id });
      }
      for (const n of sorted(null)) items.push({ kind: 'note', id: n.id, blockId: null });
      const at = items.findIndex((it) =>
        noteId ? it.kind === 'note' && it.id === noteId : it.kind === 'block' && it.id === s.selectedBlockId,
      );
      const next = at < 0 ? (to === 'next' ? 0 : items.length - 1) : at + (to === 'next' ? 1 : -1);
      const item = items[next];
      if (!item) return false;
      choose(item);
      return true;
    }

    const from = rects.find((r) => r.id === s.selectedBlockId);
    if (!from) {
      if (rects[0]) choose({ kind: 'block', id: rects[0].id });
      return rects.length > 0;
    }
    const horizontal = to === 'left' || to === 'right';
    let best: { id: string; gap: number; off: number } | null = null;
    for (const r of rects) {
      if (r.id === from.id) continue;
      // Only blocks beside this one (sharing some of its height, or width), the nearest edge first.
      const gap =
        to === 'right'
          ? r.x - (from.x + from.w)
          : to === 'left'
            ? from.x - (r.x + r.w)
            : to === 'down'
              ? r.y - (from.y + from.h)
              : from.y - (r.y + r.h);
      const overlaps = horizontal ? r.y < from.y + from.h && from.y < r.y + r.h : r.x < from.x + from.w && from.x < r.x + r.w;
      if (gap < -1 || !overlaps) continue;
      const off = horizontal ? Math.abs(r.y + r.h / 2 - (from.y + from.h / 2)) : Math.abs(r.x + r.w / 2 - (from.x + from.w / 2));
      if (!best || gap < best.gap - 1 || (Math.abs(gap - best.gap) <= 1 && off < best.off)) best = { id: r.id, gap, off };
    }
    if (best) choose({ kind: 'block', id: best.id });
    return best !== null;
  },
};
