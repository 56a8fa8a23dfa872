import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Rect, Shape, Stage } from 'react-konva';
import type { Board } from '../../shared/model/Board';
import type { CanvasLayout } from '../../shared/model/Template';
import { blockRects, noteRect, type Rect as BoxRect } from '../../shared/geometry/boardGeometry';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { LiftedNotes } from './LiftedNotes';
import { NoteEditor } from './NoteEditor';
import { RestingNotesPainter } from './RestingNotesPainter';
import { useCanvasGestures } from './useCanvasGestures';
import { useDrawnNotes } from './useDrawnNotes';
import { centredOn, fitViewport, visibleRect } from './viewport';
import { ZoneLayer } from './ZoneLayer';
import { ResizeHandle, VoteDots } from './NoteOverlays';
import { VotePanel } from '../components/VotePanel';
import { useFontEpoch } from './useFontEpoch';
import { useCanvasKeys } from './useCanvasKeys';
import { PresenceTags } from './PresenceTags';

const NO_SIZE = { w: 0, h: 0 };

/** Presentation mode: everything but the focused block is veiled, so the room looks where the facilitator does. */
function veilAround(
  ctx: CanvasRenderingContext2D,
  r: BoxRect,
  vp: { x: number; y: number; scale: number },
  size: { w: number; h: number },
): void {
  const x0 = -vp.x / vp.scale,
    y0 = -vp.y / vp.scale;
  const w = size.w / vp.scale,
    h = size.h / vp.scale;
  ctx.beginPath();
  ctx.rect(x0, y0, w, h);
  ctx.rect(r.x + r.w, r.y, -r.w, r.h); // drawn the other way round: a hole under the non-zero rule
  ctx.fillStyle = 'rgba(233,236,240,0.72)';
  ctx.fill();
}

/**
 * The board: a static layer of blocks, one layer with every resting note and the selection
 * outlines, and an overlay for the chosen block and the selection rectangle. The notes layer is
 * repainted only where notes changed (RestingNotesPainter); notes being dragged sit on a small
 * canvas of their own (LiftedNotes) that the drag moves without repainting, so neither lifting,
 * moving nor dropping a note redraws the board. Hit-testing uses shared geometry, so the note
 * layers need no hit graph.
 */
export function BoardCanvas({ board }: { board: Board & { layout: CanvasLayout } }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const container = useRef<HTMLDivElement>(null);
  const liftCanvas = useRef<HTMLCanvasElement>(null);
  const [painter] = useState(() => new RestingNotesPainter());
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const [band, setBand] = useState<BoxRect | null>(null);
  const [resizing, setResizing] = useState<BoxRect | null>(null);
  const fontEpoch = useFontEpoch();
  const stored = useApp((s) => s.viewports[board.id]);
  const viewport = useMemo(() => stored ?? fitViewport(board.layout, size ?? { w: 800, h: 600 }), [stored, board.layout, size]);
  const drawnAll = useDrawnNotes(board);
  const dragging = useApp((s) => s.draggingIds);
  const selected = useApp((s) => s.selectedNoteIds);
  const selectedBlock = useApp((s) => s.selectedBlockId);
  const focusedBlock = useApp((s) => (s.presenting ? s.focusedBlockId : null));

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => {
      const next = { w: el.clientWidth, h: el.clientHeight };
      setSize(next);
      store.getState().setCanvasSize(next);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, [store]);

  const { resting, lifted } = useMemo(() => {
    if (dragging.length === 0) return { resting: drawnAll, lifted: [] };
    const ids = new Set(dragging);
    return { resting: drawnAll.filter((d) => !ids.has(d.note.id)), lifted: drawnAll.filter((d) => ids.has(d.note.id)) };
  }, [drawnAll, dragging]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const focusRect = useMemo(
    () => (focusedBlock ? blockRects(board.layout).find((r) => r.id === focusedBlock) : undefined),
    [board.layout, focusedBlock],
  );
  const blockHighlight = useMemo(
    () => (selectedBlock ? blockRects(board.layout).find((r) => r.id === selectedBlock) : undefined),
    [board.layout, selectedBlock],
  );

  useCanvasGestures({ store, board, container, liftCanvas, drawn: drawnAll, viewport, setBand, setResizing });
  const handleFor =
    selected.length === 1 && !board.votes?.open && dragging.length === 0 ? drawnAll.find((d) => d.note.id === selected[0]) : undefined;
  const keys = useCanvasKeys(store, board.id);

  // A note a search just jumped to stays in the middle while the board area settles its size.
  const revealed = useApp((s) => s.revealed);
  useEffect(() => {
    const target = revealed?.target;
    if (!size || !target || target.kind !== 'note' || target.boardId !== board.id || Date.now() - revealed.at > 1000) return;
    const note = store.getState().doc?.notes[target.noteId];
    const vp = store.getState().viewports[board.id];
    if (note && vp) store.getState().setViewport(board.id, centredOn(noteRect(board.layout, note), size, vp.scale));
  }, [revealed, size, board.id, board.layout, store]);
  const notes = useApp((s) => s.doc?.notes);
  // The keyboard cursor: the one chosen note, else the chosen block; drawn only while the canvas has focus.
  const cursorRect = useMemo(() => {
    if (!keys.focused) return undefined;
    const one = selected.length === 1 ? notes?.[selected[0]!] : undefined;
    if (one && one.boardId === board.id) return noteRect(board.layout, one);
    return blockHighlight;
  }, [keys.focused, selected, notes, board.id, board.layout, blockHighlight]);

  // Nothing is drawn until the window size is known and Sarabun has loaded: a first draw with
  // guessed sizes or fallback-font widths would be thrown away at once.
  const ready = size !== null && fontEpoch > 0;
  useLayoutEffect(() => {
    if (!ready) return;
    painter.update(resting, selectedSet, { visible: visibleRect(viewport, size), scale: viewport.scale, key: `${board.id} ${fontEpoch}` });
  }, [ready, painter, resting, selectedSet, viewport, size, board.id, fontEpoch]);

  useEffect(() => {
    const api = (window as unknown as { __cbmc?: Record<string, unknown> }).__cbmc;
    if (api) api.viewport = { ...viewport, boardId: board.id, rect: container.current?.getBoundingClientRect() };
  });

  return (
    <div
      className="board-canvas"
      ref={container}
      data-testid="board-canvas"
      tabIndex={0}
      role="application"
      aria-label={t('canvasLabel')}
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
      onBlur={keys.onBlur}
    >
      {ready && (
        <Stage width={size.w} height={size.h} x={viewport.x} y={viewport.y} scaleX={viewport.scale} scaleY={viewport.scale}>
          <ZoneLayer layout={board.layout} lang={lang} trayLabel={t('unplaced')} />
          <Layer listening={false} clearBeforeDraw={false} ref={painter.attach}>
            <Shape sceneFunc={painter.sceneFunc} perfectDrawEnabled={false} />
          </Layer>
          <Layer listening={false}>
            {blockHighlight && (
              <Rect
                x={blockHighlight.x}
                y={blockHighlight.y}
                width={blockHighlight.w}
                height={blockHighlight.h}
                stroke="#1d6fe0"
                strokeWidth={4 / viewport.scale}
                dash={[10 / viewport.scale, 6 / viewport.scale]}
              />
            )}
            {focusRect && <Shape sceneFunc={(ctx) => veilAround(ctx._context, focusRect, viewport, size)} perfectDrawEnabled={false} />}
            {cursorRect && (
              <Rect
                name="keyboard-cursor"
                x={cursorRect.x - 6 / viewport.scale}
                y={cursorRect.y - 6 / viewport.scale}
                width={cursorRect.w + 12 / viewport.scale}
                height={cursorRect.h + 12 / viewport.scale}
                stroke="#e65100"
                strokeWidth={3 / viewport.scale}
                cornerRadius={4 / viewport.scale}
              />
            )}
            {handleFor && !resizing && <ResizeHandle rect={handleFor.rect} scale={viewport.scale} />}
            {resizing && (
              <Rect
                x={resizing.x}
                y={resizing.y}
                width={resizing.w}
                height={resizing.h}
                stroke="#1d6fe0"
                strokeWidth={2 / viewport.scale}
                dash={[8 / viewport.scale, 4 / viewport.scale]}
              />
            )}
            <VoteDots drawn={drawnAll} votes={board.votes} hidden={dragging} scale={viewport.scale} />
            {band && (
              <Rect
                x={band.x}
                y={band.y}
                width={band.w}
                height={band.h}
                fill="rgba(29,111,224,0.08)"
                stroke="#1d6fe0"
                strokeWidth={1 / viewport.scale}
              />
            )}
          </Layer>
        </Stage>
      )}
      <LiftedNotes lifted={lifted} viewport={viewport} size={size ?? NO_SIZE} canvas={liftCanvas} />
      <NoteEditor
        board={board}
        viewport={viewport}
        area={size ?? NO_SIZE}
        onKeyboardDone={() =>
          requestAnimationFrame(() => {
            // Only if the keyboard is still nowhere: by this frame a new note editor may have taken it.
            if (!document.activeElement || document.activeElement === document.body) container.current?.focus();
          })
        }
      />
      <PresenceTags board={board} viewport={viewport} />
      {board.votes && <VotePanel board={board} notes={drawnAll} />}
    </div>
  );
}
