import { cachedMeasure, layoutLines, type Measure } from '../../shared/text';
import { fitFontSize, NOTE_TEXT_MAX, NOTE_TEXT_MIN, type FittedText } from '../../shared/text/fitFontSize';
import { FONT_FAMILY, NOTE_PADDING } from './noteStyle';

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

const noteLineCache = new Map<string, FittedText>();

/** Widths at font size 1, measured at a size large enough for the font's own metrics to be exact. */
const REF_SIZE = 100;
function measureAt1(): Measure {
  const m = canvasMeasure(REF_SIZE);
  return (s) => m(s) / REF_SIZE;
}

/**
 * A note's text at the largest size that fits the note (shared fitFontSize, the same rule as print),
 * with its lines. Laid out only when a note is drawn with its text, and kept by text and size, so
 * opening a board lays out nothing that is not on screen and a note is laid out once, not per frame.
 */
export function noteText(text: string, w: number, h: number): FittedText {
  const key = `${w}|${h}|${text}`;
  let fitted = noteLineCache.get(key);
  if (!fitted) {
    fitted = fitFontSize(text, w - NOTE_PADDING * 2, h - NOTE_PADDING * 2, measureAt1(), { min: NOTE_TEXT_MIN, max: NOTE_TEXT_MAX });
    if (noteLineCache.size > 50000) noteLineCache.clear();
    noteLineCache.set(key, fitted);
  }
  return fitted;
}

/** Lines for a block title or question, laid out like note text. */
export function wrapText(text: string, width: number, size: number, weight: 'normal' | 'bold' = 'normal'): string[] {
  return layoutLines(text, width, canvasMeasure(size, weight));
}
