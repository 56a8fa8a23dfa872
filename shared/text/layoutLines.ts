/** Width of a string in the font the caller will draw with (canvas measureText, pdfkit widthOfString). */
export type Measure = (text: string) => number;

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Marks that must not begin a line (they close something, or repeat the word before: ๆ). */
const NO_LINE_START = /^[?!.,;:)\]}%»”’ๆฯ]+$/;
/** Marks that must not end a line (they open something). */
const NO_LINE_END = /^[([{«“‘]+$/;
const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Breaks text into lines no wider than maxWidth, at word boundaries (Thai has no spaces between
 * words, so boundaries come from Intl.Segmenter). A word wider than a whole line is broken between
 * grapheme clusters, never between a consonant and its marks. '\n' always starts a new line.
 *
 * Invariant: lines.join("") equals the input without its newlines (a space at a soft break
 * stays at the end of the line before it), so nothing the user typed is lost.
 */
export function layoutLines(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) layoutParagraph(paragraph, maxWidth, measure, lines);
  return lines;
}

function layoutParagraph(paragraph: string, maxWidth: number, measure: Measure, out: string[]): void {
  let line = '';
  let lineWidth = 0;
  for (const segment of breakUnits(paragraph)) {
    const w = measure(segment);
    const isSpace = segment.trim() === '';
    if (line === '' || isSpace || lineWidth + w <= maxWidth) {
      // Spaces never start a break: they hang at the end of the line they follow.
      if (line === '' && !isSpace && w > maxWidth) {
        const pieces = breakWord(segment, maxWidth, measure);
        out.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? '';
        lineWidth = measure(line);
        continue;
      }
      line += segment;
      lineWidth += w;
      continue;
    }
    out.push(line);
    if (w > maxWidth) {
      const pieces = breakWord(segment, maxWidth, measure);
      out.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measure(line);
    } else {
      line = segment;
      lineWidth = w;
    }
  }
  out.push(line);
}

/**
 * Word segments, with punctuation glued to the word it belongs to: "ออนไลน์)?" and "(ตลาดนัด"
 * are one unit each, so a line never starts with ")" or "?" and never ends with "(".
 */
function breakUnits(paragraph: string): string[] {
  const units: string[] = [];
  let openers = '';
  for (const { segment } of wordSegmenter.segment(paragraph)) {
    const last = units.length - 1;
    if (NO_LINE_START.test(segment) && openers === '' && last >= 0 && units[last]!.trim() !== '') {
      units[last] += segment;
    } else if (NO_LINE_END.test(segment)) {
      openers += segment;
    } else if (segment.trim() === '' && openers !== '') {
      units.push(openers, segment);
      openers = '';
    } else {
      units.push(openers + segment);
      openers = '';
    }
  }
  if (openers !== '') units.push(openers);
  return units;
}

/** Splits one over-long word between grapheme clusters, filling each line greedily. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  for (const { segment } of graphemeSegmenter.segment(word)) {
    if (piece.length > 0 && measure(piece.join('') + segment) > maxWidth) {
      // A closing mark may not start the next piece: take the grapheme before it along.
      const carry = NO_LINE_START.test(segment) && piece.length > 1 ? [piece.pop()!] : [];
      pieces.push(piece.join(''));
      piece = [...carry, segment];
    } else {
      piece.push(segment);
    }
  }
  pieces.push(piece.join(''));
  return pieces;
}

/** Cuts lines to at most maxLines, ending the last kept line with an ellipsis that fits. */
export function clampLines(lines: string[], maxLines: number, maxWidth: number, measure: Measure): string[] {
  if (lines.length <= maxLines) return lines;
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines);
  const graphemes = Array.from(graphemeSegmenter.segment(kept[maxLines - 1]!.trimEnd()), (s) => s.segment);
  while (graphemes.length > 0 && measure(graphemes.join('') + '…') > maxWidth) graphemes.pop();
  kept[maxLines - 1] = graphemes.join('') + '…';
  return kept;
}

/** Caches word widths: Thai notes repeat words, and measuring is the cost of layout. */
export function cachedMeasure(measure: Measure, limit = 20000): Measure {
  const cache = new Map<string, number>();
  return (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      if (cache.size >= limit) cache.clear();
      w = measure(s);
      cache.set(s, w);
    }
    return w;
  };
}
