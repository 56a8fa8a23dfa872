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
import { isDoubleTap, pinchViewport, previewTransform, TOUCH_SLOP, type FingerPair } from './touchMaths';

/** `pointer` is the pointer that owns the gesture: with fingers, others may be on the glass too. */
type Gesture =
  | { kind: 'pan'; pointer: number; start: Point; vp: Viewport; moved: boolean; blockId: string | null; shift: boolean; slop: number }
  | { kind: 'drag'; pointer: number; ids: string[]; start: Point; moved: boolean; lifted: boolean; slop: number; wasOnlySelected: boolean }
  | { kind: 'band'; pointer: number; start: Point; current: Point }
  | { kind: 'resize'; pointer: number; id: string; start: Point; from: Rect; moved: boolean }
  /** Two fingers: `drawn` is the viewport the board is drawn with, `vp` where the pinch started from. */
  | { kind: 'pinch'; fingers: [number, number]; from: FingerPair; drawn: Viewport; vp: Viewport; now: Viewport };

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
 * By touch the same gestures work with one finger; two fingers pinch to zoom about their midpoint
 * (moving the drawn pixels until they lift, like a pan); a tap on the selected note, or a double tap
 * on a block, opens the editor, since a finger has no double-click worth relying on.
 */
export function useCanvasGestures(a: Args): void {
  const latest = useRef(a);
  latest.current = a;
  const gesture = useRef<Gesture | null>(null);
  const spaceDown = useRef(false);
  /** Fingers on the board, by pointer id, in canvas pixels. */
  const fingers = useRef(new Map<number, Point>());
  /** The last tap on empty board, to tell a double tap. */
  const lastTap = useRef<{ p: Point; at: number } | null>(null);
  const lastPointerType = useRef('mouse');

  useEffect(() => {
    const el = a.container.current;
    if (!el) return;
    const local = (e: { clientX: number; clientY: number }): Point => {
      const box = el.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const content = () => el.querySelector<HTMLElement>('.konvajs-content');

    /** Opens the editor for a new note at board point `bp`, in the block there (double-click, double tap). */
    const writeAt = (bp: Point) => {
      const { store, board } = latest.current;
      const s = store.getState();
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

    /** A second finger: whatever the first one was doing is dropped (nothing is stored) and a pinch begins. */
    const startPinch = (ids: [number, number]) => {
      const { store, viewport } = latest.current;
      const g = gesture.current;
      let vp = viewport;
      if (g?.kind === 'pan') {
        const q = fingers.current.get(g.pointer);
        if (g.moved && q) vp = { ...g.vp, x: g.vp.x + q.x - g.start.x, y: g.vp.y + q.y - g.start.y };
      } else if (g?.kind === 'drag') {
        if (liftCanvas()) liftCanvas()!.style.transform = '';
        if (g.lifted) store.getState().setDragging([]);
      } else if (g?.kind === 'resize') latest.current.setResizing(null);
      else if (g?.kind === 'band') latest.current.setBand(null);
      const from: FingerPair = [fingers.current.get(ids[0])!, fingers.current.get(ids[1])!];
      gesture.current = { kind: 'pinch', fingers: ids, from, drawn: viewport, vp, now: vp };
      const c = content();
      if (c) {
        c.style.transformOrigin = '0 0';
        c.style.transform = previewTransform(viewport, vp);
      }
    };
    const liftCanvas = () => latest.current.liftCanvas.current;

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 && e.button !== 1) return;
      if (overPanel(e)) return;
      lastPointerType.current = e.pointerType;
      const touch = e.pointerType === 'touch';
      if (touch) {
        // No mouse events made up from the tap: their mousedown would take the focus back from a note
        // editor this tap has just opened, whenever a busy phone delivers it after the editor's focus.
        e.preventDefault();
        fingers.current.set(e.pointerId, local(e));
        el.setPointerCapture(e.pointerId);
        if (fingers.current.size > 2) return; // a third finger changes nothing
        if (fingers.current.size === 2) return startPinch([...fingers.current.keys()] as [number, number]);
      }
      const { store, viewport, drawn } = latest.current;
      const s = store.getState();
      if (s.editingNoteId !== null || s.draft !== null) return; // the editor's blur commits first
      const p = local(e);
      const slop = touch ? TOUCH_SLOP : CLICK_SLOP;
      const pointer = e.pointerId;
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
        gesture.current = { kind: 'resize', pointer, id: one.note.id, start: p, from: one.rect, moved: false };
        return;
      }
      if (hit) {
        const id = hit.note.id;
        if (e.shiftKey) return s.select([id], { add: true });
        const ids = s.selectedNoteIds.includes(id) ? s.selectedNoteIds : [id];
        const wasOnlySelected = s.selectedNoteIds.length === 1 && s.selectedNoteIds[0] === id;
        if (!s.selectedNoteIds.includes(id)) s.select([id]);
        gesture.current = { kind: 'drag', pointer, ids, start: p, moved: false, lifted: false, slop, wasOnlySelected };
      } else if (e.shiftKey && !spaceDown.current) {
        gesture.current = { kind: 'band', pointer, start: bp, current: bp };
      } else {
        const blockId = zoneAt(latest.current.board.layout, bp);
        gesture.current = { kind: 'pan', pointer, start: p, vp: viewport, moved: false, blockId, shift: e.shiftKey, slop };
      }
    };

    const onMove = (e: PointerEvent) => {
      const p = local(e);
      if (fingers.current.has(e.pointerId)) fingers.current.set(e.pointerId, p);
      const g = gesture.current;
      if (!g) return;
      const { store, viewport, liftCanvas } = latest.current;
      if (g.kind === 'pinch') {
        if (!g.fingers.includes(e.pointerId)) return;
        g.now = pinchViewport(g.vp, g.from, [fingers.current.get(g.fingers[0])!, fingers.current.get(g.fingers[1])!]);
        const c = content();
        if (c) c.style.transform = previewTransform(g.drawn, g.now);
        return;
      }
      if (g.pointer !== e.pointerId) return;
      if (g.kind === 'pan') {
        const dx = p.x - g.start.x;
        const dy = p.y - g.start.y;
        if (!g.moved && Math.hypot(dx, dy) < g.slop) return;
        g.moved = true;
        // Move the drawn pixels, not the scene: one real redraw when the gesture ends.
        const c = content();
        if (c) c.style.transform = `translate(${dx}px, ${dy}px)`;
      } else if (g.kind === 'drag') {
        const dx = p.x - g.start.x;
        const dy = p.y - g.start.y;
        if (!g.moved && Math.hypot(dx, dy) < g.slop) return;
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
      // A cancelled touch need not say where the finger was: take the last place it was seen.
      const last = fingers.current.get(e.pointerId);
      fingers.current.delete(e.pointerId);
      const g = gesture.current;
      if (!g) return;
      const { store, viewport, board, drawn } = latest.current;
      const s = store.getState();
      if (g.kind === 'pinch') {
        if (!g.fingers.includes(e.pointerId)) return;
        // The zoom is stored once, as the fingers leave; a finger still down carries on panning.
        const c = content();
        if (c) Object.assign(c.style, { transform: '', transformOrigin: '' });
        s.setViewport(board.id, g.now);
        const other = g.fingers.find((id) => id !== e.pointerId)!;
        const q = fingers.current.get(other);
        gesture.current = q
          ? { kind: 'pan', pointer: other, start: q, vp: g.now, moved: true, blockId: null, shift: false, slop: TOUCH_SLOP }
          : null;
        return;
      }
      if (g.pointer !== e.pointerId) return;
      gesture.current = null;
      const p = e.type === 'pointercancel' && last ? last : local(e);
      const touch = e.pointerType === 'touch';
      if (g.kind === 'pan') {
        const c = content();
        if (c) c.style.transform = '';
        if (g.moved) {
          s.setViewport(board.id, { ...g.vp, x: g.vp.x + p.x - g.start.x, y: g.vp.y + p.y - g.start.y });
        } else {
          if (!g.shift) s.select([]);
          s.selectBlock(g.blockId);
          if (touch && e.type === 'pointerup') {
            // When the finger lifted, not when this ran: a busy page must not turn a double tap into two taps.
            const now = e.timeStamp;
            if (isDoubleTap(lastTap.current, p, now)) {
              lastTap.current = null;
              writeAt(toBoard(viewport, p));
            } else lastTap.current = { p, at: now };
          }
        }
      } else if (g.kind === 'drag') {
        // A finger's tap on the note that was already the one selected opens it for writing.
        if (!g.moved && touch && e.type === 'pointerup' && g.wasOnlySelected) s.startEditing(g.ids[0]!);
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
      // Taps were handled as taps (onUp); the browser's double-click made from them would repeat that.
      if (lastPointerType.current === 'touch') return;
      const { store, viewport, drawn, board } = latest.current;
      if (board.votes?.open) return; // each click of the double-click was a vote
      const s = store.getState();
      const bp = toBoard(viewport, local(e));
      const hit = noteAt(drawn, bp);
      if (hit) {
        s.select([hit.note.id]);
        return s.startEditing(hit.note.id);
      }
      writeAt(bp);
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
