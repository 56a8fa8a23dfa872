/**
 * Text folded for searching, with a map back to the original so a hit can be highlighted.
 *
 * Two strengths:
 * - `exact`: NFC, zero-width characters dropped, Latin lower-cased, whitespace as one space, and
 *   Thai marks put in the order Thai keyboards usually produce (vowel above/below before the tone
 *   mark; the tone mark before SARA AM), so "ท่ี" finds "ที่" and "นำ้" finds "น้ำ".
 * - `loose`: also drops tone marks (U+0E48–U+0E4B), the other Thai signs above (U+0E47, U+0E4C–U+0E4E)
 *   and every non-Thai combining mark (é → e). Thai vowel marks stay: without them ทุน, ทิน and ทน
 *   would all be one word.
 * Folding works on clusters (a base character and the marks after it), so each folded character
 * maps back to the cluster it came from.
 */
export type Strength = 'exact' | 'loose';

export interface Folded {
  key: string;
  /** For each code unit of `key`, the [start, end) of its cluster in the original text. */
  starts: number[];
  ends: number[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const THAI_TONE = /[\u0E48-\u0E4B]/u;
const THAI_VOWEL_MARK = /[\u0E31\u0E34-\u0E3A]/u;
const SARA_AM = '\u0E33';
/** Marks the loose pass keeps: Thai vowels above and below the consonant. */
const LOOSE_DROP = /[\u0E47-\u0E4E]|(?![\u0E31\u0E34-\u0E3A])\p{M}/gu;

/** Puts a cluster's Thai marks in typing order: vowel marks, then tone marks, then the rest. */
function orderThaiMarks(cluster: string): string {
  // NIKHAHIT + SARA AA typed for SARA AM.
  let c = cluster.replace(/\u0E4D\u0E32/gu, SARA_AM);
  if (c.length < 3 && !c.endsWith(SARA_AM)) return c;
  const chars = [...c];
  const base = chars[0]!;
  const rest = chars.slice(1);
  const rank = (ch: string) => (THAI_VOWEL_MARK.test(ch) ? 0 : THAI_TONE.test(ch) ? 1 : ch === SARA_AM ? 3 : 2);
  // A stable sort keeps the order of marks of the same kind.
  rest.sort((a, b) => rank(a) - rank(b));
  c = base + rest.join('');
  return c;
}

function foldCluster(cluster: string, strength: Strength): string {
  if (SPACE.test(cluster[0]!) && cluster.length === 1) return ' ';
  const exact = orderThaiMarks(cluster).normalize('NFC').toLowerCase();
  if (strength === 'exact') return exact;
  return exact.normalize('NFD').replace(LOOSE_DROP, '').normalize('NFC');
}

/** Splits text into clusters (a base and its marks; SARA AM joins them), dropping zero-width characters. */
function clusters(text: string, visit: (cluster: string, start: number, end: number) => void): void {
  let start = -1;
  let buf = '';
  let end = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (ZERO_WIDTH.test(ch)) {
      i = next;
      continue;
    }
    // SARA AA after NIKHAHIT is SARA AM typed in two keys: keep it in the cluster.
    const joins = buf !== '' && (MARK.test(ch) || ch === SARA_AM || (ch === '\u0E32' && buf.endsWith('\u0E4D')));
    if (joins) {
      buf += ch;
      end = next;
    } else {
      if (buf !== '') visit(buf, start, end);
      buf = ch;
      start = i;
      end = next;
    }
    i = next;
  }
  if (buf !== '') visit(buf, start, end);
}

const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF]/gu;
const SPACES = /\s/gu;
const TONE_BEFORE_VOWEL = /([\u0E48-\u0E4B]+)([\u0E31\u0E34-\u0E3A]+)/gu;
const AM_BEFORE_TONE = /\u0E33([\u0E48-\u0E4B]+)/gu;
const AM_IN_TWO = /\u0E4D\u0E32/gu;

/**
 * The folded key of `text` alone (for indexing and queries): the same key as foldWithMap, made
 * with whole-string replaces, which is many times faster than walking clusters.
 */
export function foldText(text: string, strength: Strength): string {
  const exact = text
    .replace(ZERO_WIDTH_ALL, '')
    .replace(AM_IN_TWO, SARA_AM)
    .replace(TONE_BEFORE_VOWEL, '$2$1')
    .replace(AM_BEFORE_TONE, '$1' + SARA_AM)
    .normalize('NFC')
    .toLowerCase()
    .replace(SPACES, ' ');
  if (strength === 'exact') return exact;
  return exact.normalize('NFD').replace(LOOSE_DROP, '').normalize('NFC');
}

/** The folded key with its map back to `text` (for highlighting a hit). */
export function foldWithMap(text: string, strength: Strength): Folded {
  const starts: number[] = [];
  const ends: number[] = [];
  let key = '';
  clusters(text, (c, s, e) => {
    const f = foldCluster(c, strength);
    key += f;
    for (let k = 0; k < f.length; k++) {
      starts.push(s);
      ends.push(e);
    }
  });
  return { key, starts, ends };
}

/** Where a folded query occurs in the original text, as [start, end) code units; null if nowhere. */
export function findInText(text: string, query: string, strength: Strength): { start: number; end: number } | null {
  const q = foldText(query, strength).trim();
  if (q === '') return null;
  const f = foldWithMap(text, strength);
  const at = f.key.indexOf(q);
  if (at < 0) return null;
  return { start: f.starts[at]!, end: f.ends[at + q.length - 1]! };
}
