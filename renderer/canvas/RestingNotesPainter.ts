import type Konva from 'konva';
import { intersects, type Rect } from '../../shared/geometry/boardGeometry';
import { drawNotes, drawnFontSizes, drawSelection, paintMargin, textMode, type DrawnNote, type TextMode } from './drawNotes';
import { NOTE_FONT_SIZE } from './noteStyle';

/** What the resting notes are drawn for: a change of any of these repaints the whole layer. */
export interface PaintView {
  visible: Rect;
  scale: number;
  /** Changes when what a full draw depends on changes beyond the notes (board, font). */
  key: string;
}

/** Above this many changed notes one full draw is cheaper than repainting each region. */
const MAX_REGIONS = 200;

/**
 * Keeps the layer of resting notes (every note not being dragged) and their selection outlines
 * in step with the document without redrawing all of it for every change. The layer's canvas
 * keeps its pixels between draws; when a few notes change (one is lifted for a drag, dropped,
 * selected, recoloured, edited, added or removed) only the rectangles they leave and enter are
 * cleared and repainted, with every note that touches those rectangles drawn again in z order
 * inside a clip. A new viewport, a change of level of detail or a large change draws the whole
 * layer.
 */
export class RestingNotesPainter {
  private layer: Konva.Layer | null = null;
  private notes: readonly DrawnNote[] = [];
  private byId = new Map<string, DrawnNote>();
  private selected: ReadonlySet<string> = new Set();
  private view: PaintView | null = null;
  /** The level of detail the layer is drawn at; a partial repaint must use the same. */
  private mode: TextMode = 'none';
  /** Set only while a partial repaint is being drawn. */
  private regions: Rect[] | null = null;

  /** A ref callback for the layer the notes are drawn on; it must have clearBeforeDraw off. */
  readonly attach = (layer: Konva.Layer | null): void => {
    this.layer = layer;
  };

  /** The Shape's draw function: the whole layer, or only `regions` during a partial repaint. */
  readonly sceneFunc = (konvaCtx: Konva.Context): void => {
    const ctx = (konvaCtx as unknown as { _context: CanvasRenderingContext2D })._context;
    const view = this.view;
    if (!view) return;
    const regions = this.regions;
    if (regions) {
      ctx.beginPath();
      for (const r of regions) ctx.rect(r.x, r.y, r.w, r.h);
      ctx.clip();
      for (const r of regions) ctx.clearRect(r.x, r.y, r.w, r.h);
      const touching = this.notes.filter((d) => regions.some((r) => intersects(footprint(d.rect, view.scale), r)));
      drawNotes(ctx, touching, view.visible, view.scale, this.mode);
      this.outline(ctx, touching, view.scale);
      return;
    }
    // The layer does not clear itself (clearBeforeDraw is off, so a partial repaint keeps the rest).
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    drawnFontSizes.clear();
    const count = drawNotes(ctx, this.notes, view.visible, view.scale, this.mode);
    this.outline(ctx, this.notes, view.scale);
    reportDraw(count);
  };

  /** Selection outlines go over every note, so a note above a selected one never hides it. */
  private outline(ctx: CanvasRenderingContext2D, notes: readonly DrawnNote[], scale: number): void {
    if (this.selected.size === 0) return;
    drawSelection(
      ctx,
      notes.filter((d) => this.selected.has(d.note.id)).map((d) => d.rect),
      scale,
    );
  }

  /** Brings the layer up to date with `notes` (z order), `selected` among them, seen through `view`. */
  update(notes: readonly DrawnNote[], selected: ReadonlySet<string>, view: PaintView): void {
    const before = this.view;
    const previous = this.byId;
    const wasSelected = this.selected;
    this.notes = notes;
    this.selected = selected;
    this.byId = new Map(notes.map((d) => [d.note.id, d]));
    this.view = view;
    const sameView =
      before !== null &&
      before.key === view.key &&
      before.scale === view.scale &&
      before.visible.x === view.visible.x &&
      before.visible.y === view.visible.y &&
      before.visible.w === view.visible.w &&
      before.visible.h === view.visible.h;
    const mode = modeFor(notes, view);
    if (!sameView || mode !== this.mode) {
      this.mode = mode;
      return this.drawAll();
    }
    const regions = changedRegions(previous, this.byId, (id) => wasSelected.has(id) !== selected.has(id), view.scale);
    if (regions === null) return this.drawAll();
    if (regions.length === 0) return;
    this.repaint(regions);
  }

  private drawAll(): void {
    this.layer?.batchDraw();
  }

  private repaint(regions: Rect[]): void {
    const layer = this.layer;
    if (!layer || !this.view) return;
    const view = this.view;
    const ratio = layer.getCanvas().getPixelRatio();
    this.regions = regions.map((r) => snapToPixels(r, view, ratio));
    try {
      layer.drawScene();
    } finally {
      this.regions = null;
    }
  }
}

function modeFor(notes: readonly DrawnNote[], view: PaintView): TextMode {
  let visible = 0;
  for (const d of notes) if (intersects(d.rect, view.visible)) visible++;
  return textMode(NOTE_FONT_SIZE * view.scale, visible);
}

/** The rectangle a note's pixels (shadow, border, selection outline, antialiasing) fall in, in board units. */
function footprint(r: Rect, scale: number): Rect {
  const m = paintMargin(scale);
  return { x: r.x - m.before, y: r.y - m.before, w: r.w + m.before + m.after, h: r.h + m.before + m.after };
}

/**
 * The footprints of notes that appeared, disappeared, changed (a changed note is a new object:
 * ops never edit a note in place) or were selected or unselected, where they were and where they
 * are; null when there are so many that a full draw is cheaper.
 */
function changedRegions(
  before: Map<string, DrawnNote>,
  after: Map<string, DrawnNote>,
  selectionChanged: (id: string) => boolean,
  scale: number,
): Rect[] | null {
  const regions: Rect[] = [];
  const add = (r: Rect) => regions.push(footprint(r, scale));
  for (const [id, d] of after) {
    const old = before.get(id);
    if (old && old.note === d.note && sameRect(old.rect, d.rect) && !selectionChanged(id)) continue;
    if (old) add(old.rect);
    add(d.rect);
    if (regions.length > MAX_REGIONS) return null;
  }
  for (const [id, old] of before) {
    if (after.has(id)) continue;
    add(old.rect);
    if (regions.length > MAX_REGIONS) return null;
  }
  return regions;
}

/**
 * Grows a region to whole device pixels. A clip edge through the middle of a pixel would blend
 * the old and the new drawing there; on pixel edges the repaint matches a full draw exactly.
 */
function snapToPixels(r: Rect, view: PaintView, ratio: number): Rect {
  const k = view.scale * ratio;
  const x0 = Math.floor((r.x - view.visible.x) * k);
  const y0 = Math.floor((r.y - view.visible.y) * k);
  const x1 = Math.ceil((r.x + r.w - view.visible.x) * k);
  const y1 = Math.ceil((r.y + r.h - view.visible.y) * k);
  return { x: view.visible.x + x0 / k, y: view.visible.y + y0 / k, w: (x1 - x0) / k, h: (y1 - y0) / k };
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/**
 * Tells tests and benchmarks how many notes the last full draw painted, when it drew them, and
 * (`paintedAt`) the next frame after it, by which time that draw has reached the screen.
 */
const drawnFontSizeOf = (noteId: string): number | undefined => drawnFontSizes.get(noteId);

function reportDraw(count: number): void {
  const api = (window as unknown as { __cbmc?: Record<string, unknown> }).__cbmc;
  if (!api) return;
  const report: { count: number; at: number; paintedAt?: number } = { count, at: performance.now() };
  api.notesDrawn = report;
  api.drawnFontSize = drawnFontSizeOf;
  requestAnimationFrame(() => {
    report.paintedAt = performance.now();
  });
}
