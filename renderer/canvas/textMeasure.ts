import { cachedMeasure, clampLines, layoutLines, type Measure } from '../../shared/text';
import { FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING } from './noteStyle';

const measures = new Map<string, Measure>();

/** A measure for the canvas font at a size and weight, with word widths cached. */
export function canvasMeasure(size: number, weight: 'normal' | 'bold' = 'normal'): Measure {
  const key = `${weight} ${size}`;
  let m = measures.get(key);
  if (!m) {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    m = cachedMeasure((s) => ctx.measureText(s).width);
    measures.set(key, m);
  }
  return m;
}

/** Forget cached widths: after the web font loads, the fallback font's widths are wrong. */
export function resetMeasures(): void {
  measures.clear();
  noteLineCache.clear();
}

const noteLineCache = new Map<string, string[]>();

/**
 * The lines a note shows, laid out at word boundaries and clamped to the note's height. Laid out
 * only when a note is drawn with its text, and kept by text, size and font size, so opening a
 * board lays out nothing that is not on screen and a note is laid out once, not once per frame.
 */
export function noteLines(text: string, w: number, h: number): string[] {
  const key = `${NOTE_FONT_SIZE}|${w}|${h}|${text}`;
  let lines = noteLineCache.get(key);
  if (!lines) {
    const measure = canvasMeasure(NOTE_FONT_SIZE);
    const inner = w - NOTE_PADDING * 2;
    const maxLines = Math.max(1, Math.floor((h - NOTE_PADDING * 2) / NOTE_LINE_HEIGHT));
    lines = clampLines(layoutLines(text, inner, measure), maxLines, inner, measure);
    if (noteLineCache.size > 50000) noteLineCache.clear();
    noteLineCache.set(key, lines);
  }
  return lines;
}

/** Lines for a block title or question, laid out like note text. */
export function wrapText(text: string, width: number, size: number, weight: 'normal' | 'bold' = 'normal'): string[] {
  return layoutLines(text, width, canvasMeasure(size, weight));
}
