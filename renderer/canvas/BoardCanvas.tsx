import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import { Layer, Rect, Shape, Stage } from 'react-konva';
import type { Board } from '../../shared/model/Board';
import type { CanvasLayout } from '../../shared/model/Template';
import { blockRects, type Rect as BoxRect } from '../../shared/geometry/boardGeometry';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { drawNotes, drawSelection } from './drawNotes';
import { NoteEditor } from './NoteEditor';
import { useCanvasGestures } from './useCanvasGestures';
import { useDrawnNotes } from './useDrawnNotes';
import { fitViewport, visibleRect } from './viewport';
import { ZoneLayer } from './ZoneLayer';
import { useFontEpoch } from './useFontEpoch';

type Ctx = { _context: CanvasRenderingContext2D };

/**
 * The board: a static layer of blocks, one layer drawing every resting note, a drag layer holding
 * only the notes being moved, and an overlay for selection. Hit-testing uses shared geometry,
 * so the note layers need no hit graph.
 */
export function BoardCanvas({ board }: { board: Board & { layout: CanvasLayout } }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const container = useRef<HTMLDivElement>(null);
  const dragLayer = useRef<Konva.Layer>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const [band, setBand] = useState<BoxRect | null>(null);
  const fontEpoch = useFontEpoch();
  const stored = useApp((s) => s.viewports[board.id]);
  const viewport = stored ?? fitViewport(board.layout, size ?? { w: 800, h: 600 });
  const drawnAll = useDrawnNotes(board);
  const dragging = useApp((s) => s.draggingIds);
  const selected = useApp((s) => s.selectedNoteIds);
  const selectedBlock = useApp((s) => s.selectedBlockId);

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

  const selectedRects = useMemo(() => {
    const ids = new Set(selected);
    return resting.filter((d) => ids.has(d.note.id)).map((d) => d.rect);
  }, [resting, selected]);

  const blockHighlight = useMemo(
    () => (selectedBlock ? blockRects(board.layout).find((r) => r.id === selectedBlock) : undefined),
    [board.layout, selectedBlock],
  );

  useCanvasGestures({ store, board, container, dragLayer, drawn: drawnAll, viewport, setBand });

  useEffect(() => {
    const api = (window as unknown as { __cbmc?: Record<string, unknown> }).__cbmc;
    if (api) api.viewport = { ...viewport, boardId: board.id, rect: container.current?.getBoundingClientRect() };
  });

  const visible = visibleRect(viewport, size ?? { w: 0, h: 0 });
  // Nothing is drawn until the window size is known and Sarabun has loaded: a first draw with
  // guessed sizes or fallback-font widths would be thrown away at once.
  const ready = size !== null && fontEpoch > 0;
  return (
    <div className="board-canvas" ref={container} data-testid="board-canvas">
      {ready && (
      <Stage width={size.w} height={size.h} x={viewport.x} y={viewport.y} scaleX={viewport.scale} scaleY={viewport.scale}>
        <ZoneLayer layout={board.layout} lang={lang} trayLabel={t('unplaced')} />
        <Layer listening={false}>
          <Shape
            sceneFunc={(ctx) => {
              drawNotes((ctx as unknown as Ctx)._context, resting, visible, viewport.scale);
              reportDraw(resting.length);
            }}
            perfectDrawEnabled={false}
          />
        </Layer>
        <Layer listening={false} ref={dragLayer}>
          <Shape
            sceneFunc={(ctx) => {
              const c = (ctx as unknown as Ctx)._context;
              drawNotes(c, lifted, { x: -1e9, y: -1e9, w: 2e9, h: 2e9 }, viewport.scale);
              drawSelection(c, lifted.map((d) => d.rect), viewport.scale);
            }}
          />
        </Layer>
        <Layer listening={false}>
          {blockHighlight && (
            <Rect x={blockHighlight.x} y={blockHighlight.y} width={blockHighlight.w} height={blockHighlight.h} stroke="#1d6fe0" strokeWidth={4 / viewport.scale} dash={[10 / viewport.scale, 6 / viewport.scale]} />
          )}
          <Shape sceneFunc={(ctx) => drawSelection((ctx as unknown as Ctx)._context, selectedRects, viewport.scale)} />
          {band && <Rect x={band.x} y={band.y} width={band.w} height={band.h} fill="rgba(29,111,224,0.08)" stroke="#1d6fe0" strokeWidth={1 / viewport.scale} />}
        </Layer>
      </Stage>
      )}
      <NoteEditor board={board} viewport={viewport} />
    </div>
  );
}

/** Tells tests and benchmarks when the notes were last painted, and how many. */
function reportDraw(count: number): void {
  const api = (window as unknown as { __cbmc?: Record<string, unknown> }).__cbmc;
  if (api) api.notesDrawn = { count, at: performance.now() };
}
