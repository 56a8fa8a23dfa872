import { useLayoutEffect, type RefObject } from 'react';
import { type Rect } from '../../shared/geometry/boardGeometry';
import type { Viewport } from '../store/types';
import { drawNotes, drawSelection, paintMargin, type DrawnNote } from './drawNotes';

const EVERYWHERE: Rect = { x: -1e9, y: -1e9, w: 2e9, h: 2e9 };

/**
 * The notes being dragged, drawn once at pick-up on a canvas just big enough for them. The drag
 * moves this canvas with a CSS transform (useCanvasGestures), so no frame of the drag repaints
 * anything; when the drag ends the canvas is hidden and the notes rest on the notes layer again.
 */
export function LiftedNotes({
  lifted,
  viewport,
  size,
  canvas,
}: {
  lifted: readonly DrawnNote[];
  viewport: Viewport;
  size: { w: number; h: number };
  canvas: RefObject<HTMLCanvasElement | null>;
}) {
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // Drawn where the notes rest; the gesture's transform (pointer travel so far) is kept.
    const box = lifted.length > 0 ? screenBox(lifted, viewport, size) : null;
    if (!box) {
      Object.assign(el.style, { display: 'none', transform: '' });
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    el.width = Math.ceil(box.w * dpr);
    el.height = Math.ceil(box.h * dpr);
    Object.assign(el.style, { display: 'block', left: `${box.x}px`, top: `${box.y}px`, width: `${box.w}px`, height: `${box.h}px` });
    const ctx = el.getContext('2d')!;
    const s = viewport.scale;
    ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * (viewport.x - box.x), dpr * (viewport.y - box.y));
    drawNotes(ctx, lifted, EVERYWHERE, s);
    drawSelection(
      ctx,
      lifted.map((d) => d.rect),
      s,
    );
  }, [lifted, viewport, size, canvas]);
  return <canvas ref={canvas} className="lifted-notes" style={{ display: 'none' }} />;
}

/**
 * Where the lifted notes are on screen (pixels from the canvas's corner), with room for their
 * shadow and outline; at most the window and as much again on each side, so a large selection
 * seen close up cannot ask for a canvas bigger than the browser allows.
 */
function screenBox(lifted: readonly DrawnNote[], vp: Viewport, size: { w: number; h: number }): Rect | null {
  const m = paintMargin(vp.scale);
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const { rect: r } of lifted) {
    x0 = Math.min(x0, r.x - m.before);
    y0 = Math.min(y0, r.y - m.before);
    x1 = Math.max(x1, r.x + r.w + m.after);
    y1 = Math.max(y1, r.y + r.h + m.after);
  }
  const left = Math.max(Math.floor(x0 * vp.scale + vp.x), -size.w);
  const top = Math.max(Math.floor(y0 * vp.scale + vp.y), -size.h);
  const right = Math.min(Math.ceil(x1 * vp.scale + vp.x), size.w * 2);
  const bottom = Math.min(Math.ceil(y1 * vp.scale + vp.y), size.h * 2);
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, w: right - left, h: bottom - top };
}
