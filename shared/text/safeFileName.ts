/**
 * The one way a file name is made from what people typed (workshop names, board titles, template
 * set names). Thai is kept; what Windows, macOS or Linux refuse is not; names stay within
 * MAX_NAME_BYTES of UTF-8 *including the extension* (Linux and macOS count bytes, and a Thai letter
 * takes three), and a cut falls between words, or at worst between grapheme clusters, so no tone mark
 * or vowel is ever left without its consonant.
 */

/** Linux ext4 and macOS APFS allow 255 bytes per name. */
export const MAX_NAME_BYTES = 255;

/**
 * Refused by some file system (<>:"/\|?* and control characters), or invisible and confusing in a
 * name (zero-width space, bidirectional controls, line and paragraph separators, BOM). The zero-width
 * joiner stays: it holds emoji such as 👨‍👩‍👧 together.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/g;
/** Names Windows keeps for devices, with or without an extension ("nul.pdf" too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const encoder = new TextEncoder();
export const utf8Bytes = (s: string): number => encoder.encode(s).length;

export interface FileNameOptions {
  /** Appended as given, e.g. ".pdf" or ".cbmc-templates.json"; counted in the byte limit. */
  extension?: string;
  /** Used when nothing usable is left of the text. */
  fallback?: string;
  maxBytes?: number;
}

/** Makes a safe file name from free text. */
export function safeFileName(text: string, options: FileNameOptions = {}): string {
  return safeFileNameFromParts([text], options);
}

/**
 * Joins several pieces ("workshop - board - 2569-01-15") into a safe name. When the whole is too long,
 * the longest piece is shortened first, so short pieces such as the date survive.
 */
export function safeFileNameFromParts(parts: readonly string[], options: FileNameOptions & { separator?: string } = {}): string {
  const { extension = '', fallback = 'untitled', maxBytes = MAX_NAME_BYTES, separator = ' - ' } = options;
  const pieces = parts.map(cleanText).filter((p) => p !== '');
  const budget = maxBytes - utf8Bytes(extension);
  const size = () => utf8Bytes(pieces.join(separator));
  for (let round = 0; round < pieces.length * 2 && size() > budget; round++) {
    const longest = pieces.reduce((best, p, i) => (utf8Bytes(p) > utf8Bytes(pieces[best]!) ? i : best), 0);
    const overflow = size() - budget;
    const piece = pieces[longest]!;
    pieces[longest] = trimEnds(cutToBytes(piece, Math.max(utf8Bytes(piece) - overflow, 0)));
  }
  let stem = pieces.filter((p) => p !== '').join(separator);
  if (size() > budget) stem = trimEnds(cutToBytes(stem, budget));
  if (stem === '') stem = trimEnds(cutToBytes(cleanText(fallback), budget));
  // A device name can only be a short stem, so the extra character never breaks the limit.
  if (RESERVED.test(stem.split('.')[0]!.trim())) stem = `_${stem}`;
  return stem + extension;
}

/** Unsafe characters become spaces; runs of spaces become one; no leading or trailing dots or spaces. */
function cleanText(text: string): string {
  return trimEnds(text.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' '));
}

/** Windows drops a trailing dot or space, and a leading dot hides a file on macOS and Linux. */
const trimEnds = (s: string): string => s.replace(/^[.\s]+|[.\s]+$/g, '');

/** The longest start of `text` within `max` bytes, cut at a word boundary when one is near enough. */
export function cutToBytes(text: string, max: number): string {
  if (utf8Bytes(text) <= max) return text;
  const byWords = fill(new Intl.Segmenter('th', { granularity: 'word' }).segment(text), max);
  // A long word (a run of Latin letters, or Thai the segmenter cannot split) is cut by graphemes.
  if (utf8Bytes(byWords) >= max * 0.6) return byWords;
  return fill(new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text), max);
}

function fill(segments: Intl.Segments, max: number): string {
  let out = '';
  let bytes = 0;
  for (const { segment } of segments) {
    const b = utf8Bytes(segment);
    if (bytes + b > max) break;
    out += segment;
    bytes += b;
  }
  return out;
}
