import { clampLines, layoutLines, type Measure } from './layoutLines';
import { THAI_LINE_HEIGHT } from './index';

/** Note text bounds at zoom 1 (board units): readable from the back of the room, never shouting. */
export const NOTE_TEXT_MIN = 12;
export const NOTE_TEXT_MAX = 40;

export interface FitOptions {
  min: number;
  max: number;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
}

export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * The largest font size (a whole number between min and max) at which the text, laid out at word
 * boundaries, fits a w × h box; at `min` it is clamped with an ellipsis when it still does not fit.
 * `measureAt1` gives widths at font size 1: glyph widths scale with the size, so one measure (and
 * its word-width cache) serves every size tried. Screen and print call this with their own
 * measure, so a note breaks its lines in the same places on both.
 */
export function fitFontSize(text: string, w: number, h: number, measureAt1: Measure, o: FitOptions): FittedText {
  const lh = o.lineHeight ?? THAI_LINE_HEIGHT;
  const min = Math.max(1, Math.floor(o.min));
  const max = Math.max(min, Math.floor(o.max));
  const layoutAt = (size: number) => layoutLines(text, w, (s) => measureAt1(s) * size);
  const fits = (lines: string[], size: number) => lines.length * size * lh <= h && lines.every((l) => measureAt1(l.trimEnd()) * size <= w);
  let lo = min;
  let best: string[] | null = null;
  let hi = max;
  // Fewer lines at smaller sizes: "fits" only turns false as the size grows, so a binary search finds the edge.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const lines = layoutAt(mid);
    if (fits(lines, mid)) {
      best = lines;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (best) return { size: lo - 1, lines: best };
  const measure: Measure = (s) => measureAt1(s) * min;
  const maxLines = Math.max(1, Math.floor(h / (min * lh)));
  return { size: min, lines: clampLines(layoutAt(min), maxLines, w, measure) };
}
