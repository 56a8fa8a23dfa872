import { useEffect, useRef, type RefObject } from 'react';
import type { Board } from '../../shared/model/Board';
import { NOTE_SIZE } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import { intersects, noteAt, originOf, rectFromCorners, zoneAt, type Point, type Rect } from '../../shared/geometry/boardGeometry';
import type { AppStore } from '../store/createAppStore';
import type { Viewport } from '../store/types';
import type { DrawnNote } from './drawNotes';
import { perform } from '../actions/dispatcher';
import { isTyping } from '../app/isTyping';
import { toBoard, zoomAt } from './viewport';
import { contains } from '../../shared/geometry/boardGeometry';
import { handleRect } from './resizeHandle';

type Gesture =
  | { kind: 'pan'; start: Point; vp: Viewport; moved: boolean; blockId: string | null; shift: boolean }
  | { kind: 'drag'; ids: string[]; start: Point; moved: boolean; lifted: boolean }
  | { kind: 'band'; start: Point; current: Point }
  | { kind: 'resize'; id: string; start: Point; from: Rect; moved: boolean };

/** The note's rectangle while its handle is dragged to `p` (screen pixels). */
function resized(g: { start: Point; from: Rect }, p: Point, scale: number): Rect {
  const w = Math.max(40, g.from.w + (p.x - g.start.x) / scale);
  const h = Math.max(30, g.from.h + (p.y - g.start.y) / scale);
  return { x: g.from.x, y: g.from.y, w, h };
}

/** Whether an event comes from a DOM panel laid over the board (it has its own buttons and scrolling). */
function overPanel(e: Event): boolean {
  return e.target instanceof Element && e.target.closest('[data-board-panel]') !== null;
}

/** Moves smaller than this (pixels) are clicks, not drags. */
const CLICK_SLOP = 4;

interface Args {
  store: AppStore;
  board: Board & { layout: CanvasLayout };
  container: RefObject<HTMLDivElement | null>;
  /** The canvas holding the notes being dragged (LiftedNotes); moving it repaints nothing. */
  liftCanvas: RefObject<HTMLCanvasElement | null>;
  drawn: readonly DrawnNote[];
  viewport: Viewport;
  /** Draws the rubber band (board units) or clears it with null. */
  setBand(r: Rect | null): void;
  /** Shows the outline of a note being resized (board units) or clears it with null. */
  setResizing(r: Rect | null): void;
}

/**
 * Pointer and wheel gestures on the board: pan (drag empty space or space+drag), drag notes
 * (lifted onto their own small canvas so the rest of the board is not redrawn), shift+drag to select with
 * a rectangle, double-click to write a note, wheel to zoom. Pointer-rate values stay in refs.
 */
export function useCanvasGestures(a: Args): void {
  const latest = useRef(a);
  latest.current = a;
  const gesture = useRef<Gesture | null>(null);
  const spaceDown = useRef(false);

  useEffect(() => {
    const el = a.container.current;
    if (!el) return;
    const local = (e: { clientX: number; clientY: number }): Point => {
      const box = el.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const content = () => el.querySelector<HTMLElement>('.konvajs-content');

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.button !== 1) return;
      if (overPanel(e)) return;
      const { store, viewport, drawn } = latest.current;
      const s = store.getState();
      if (s.editingNoteId !== null || s.draft !== null) return; // the editor's blur commits first
      const p = local(e);
      const bp = toBoard(viewport, p);
      const hit = spaceDown.current || e.button === 1 ? null : noteAt(drawn, bp);
      el.setPointerCapture(e.pointerId);
      const board = latest.current.board;
      if (hit && board.votes?.open) {
        // While a vote is open a click counts a raised hand; notes stay where they are.
        perform(store, 'vote.add', { boardId: board.id, noteId: hit.note.id });
        return;
      }
      const one = s.selectedNoteIds.length === 1 ? drawn.find((d) => d.note.id === s.selectedNoteIds[0]) : undefined;
      if (one && !spaceDown.current && e.button === 0 && contains(handleRect(one.rect, viewport.scale), bp)) {
        gesture.current = { kind: 'resize', id: one.note.id, start: p, from: one.rect, moved: false };
        return;
      }
      if (hit) {
        const id = hit.note.id;
        if (e.shiftKey) return s.select([id], { add: true });
        const ids = s.selectedNoteIds.includes(id) ? s.selectedNoteIds : [id];
        if (!s.selectedNoteIds.includes(id)) s.select([id]);
        gesture.current = { kind: 'drag', ids, start: p, moved: false, lifted: false };
      } else if (e.shiftKey && !spaceDown.current) {
        gesture.current = { kind: 'band', start: bp, current: bp };
      } else {
        const blockId = zoneAt(latest.current.board.layout, bp);
        gesture.current = { kind: 'pan', start: p, vp: viewport, moved: false, blockId, shift: e.shiftKey };
      }
    };

    const onMove = (e: PointerEvent) => {
      const g = gesture.current;
      if (!g) return;
      const p = local(e);
      const { store, viewport, liftCanvas } = latest.current;
      if (g.kind === 'pan') {
        const dx = p.x - g.start.x;
        const dy = p.y - g.start.y;
        if (!g.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
        g.moved = true;
        // Move the drawn pixels, not the scene: one real redraw when the gesture ends.
        const c = content();
        if (c) c.style.transform = `translate(${dx}px, ${dy}px)`;
      } else if (g.kind === 'drag') {
        const dx = p.x - g.start.x;
        const dy = p.y - g.start.y;
        if (!g.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
        g.moved = true;
        if (!g.lifted) {
          g.lifted = true;
          store.getState().setDragging(g.ids);
        }
        // Move the lifted notes' pixels; they are drawn again where they land, on drop.
        if (liftCanvas.current) liftCanvas.current.style.transform = `translate(${dx}px, ${dy}px)`;
      } else if (g.kind === 'resize') {
        g.moved = true;
        latest.current.setResizing(resized(g, p, viewport.scale));
      } else {
        g.current = toBoard(viewport, p);
        latest.current.setBand(rectFromCorners(g.start, g.current));
      }
    };

    const onUp = (e: PointerEvent) => {
      const g = gesture.current;
      gesture.current = null;
      if (!g) return;
      const { store, viewport, board, drawn } = latest.current;
      const s = store.getState();
      const p = local(e);
      if (g.kind === 'pan') {
        const c = content();
        if (c) c.style.transform = '';
        if (g.moved) {
          s.setViewport(board.id, { ...g.vp, x: g.vp.x + p.x - g.start.x, y: g.vp.y + p.y - g.start.y });
        } else {
          if (!g.shift) s.select([]);
          s.selectBlock(g.blockId);
        }
      } else if (g.kind === 'drag') {
        // Ending the drag hides the lifted canvas (LiftedNotes) in the same render that draws
        // the notes where they landed.
        if (g.moved && s.doc) {
          const dx = (p.x - g.start.x) / viewport.scale;
          const dy = (p.y - g.start.y) / viewport.scale;
          perform(store, 'note.move', { boardId: board.id, ids: g.ids, dx, dy });
        }
        s.setDragging([]);
      } else if (g.kind === 'resize') {
        latest.current.setResizing(null);
        if (g.moved) {
          const r = resized(g, p, viewport.scale);
          perform(store, 'note.resize', { noteId: g.id, w: r.w, h: r.h });
        }
      } else {
        const band = rectFromCorners(g.start, g.current);
        const ids = drawn.filter((d) => intersects(d.rect, band)).map((d) => d.note.id);
        s.select([...new Set([...s.selectedNoteIds, ...ids])]);
        latest.current.setBand(null);
      }
    };

    const onDouble = (e: MouseEvent) => {
      if (overPanel(e)) return;
      const { store, viewport, drawn, board } = latest.current;
      if (board.votes?.open) return; // each click of the double-click was a vote
      const s = store.getState();
      const bp = toBoard(viewport, local(e));
      const hit = noteAt(drawn, bp);
      if (hit) {
        s.select([hit.note.id]);
        return s.startEditing(hit.note.id);
      }
      const blockId = zoneAt(board.layout, bp);
      if (blockId === null) return;
      const r = originOf(board.layout, blockId);
      s.selectBlock(blockId);
      s.select([]);
      s.startEditing(null, {
        boardId: board.id,
        blockId,
        x: Math.max(0, Math.round(bp.x - r.x - NOTE_SIZE.w / 2)),
        y: Math.max(0, Math.round(bp.y - r.y - NOTE_SIZE.h / 2)),
        color: s.currentColor,
      });
    };

    const onWheel = (e: WheelEvent) => {
      if (overPanel(e)) return; // the panel scrolls its own list
      e.preventDefault();
      const { store, viewport, board } = latest.current;
      const factor = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
      store.getState().setViewport(board.id, zoomAt(viewport, factor, local(e)));
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.code === 'Space' && !isTyping(e.target)) {
        spaceDown.current = e.type === 'keydown';
        el.style.cursor = spaceDown.current ? 'grab' : '';
        if (e.type === 'keydown') e.preventDefault();
      }
    };

    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    el.addEventListener('dblclick', onDouble);
    el.addEventListener('wheel', onWheel, { passive: false });
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      el.removeEventListener('dblclick', onDouble);
      el.removeEventListener('wheel', onWheel);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
    };
  }, [a.container]);
}
