import fs from 'node:fs';
import path from 'node:path';

/** Sarabun draws Thai and Latin from one file, so mixed text never switches font mid-line. */
export const FONT_NAMES = { regular: 'Sarabun', bold: 'Sarabun-Bold' } as const;
export type FontKey = keyof typeof FONT_NAMES;
export const FONT_FILES: Record<FontKey, string> = {
  regular: 'Sarabun-Regular.ttf',
  bold: 'Sarabun-Bold.ttf',
};

export type FontBytes = Record<FontKey, Buffer>;

const cache = new Map<string, Buffer>();

/**
 * Reads the bundled TTF fonts (TTF, not WOFF2: pdfkit 0.20 crashes on WOFF2 at end()).
 * Throws a clear Error naming the file when one is missing or unreadable.
 */
export function loadFonts(fontsDir: string): FontBytes {
  const read = (key: FontKey): Buffer => {
    const file = path.resolve(fontsDir, FONT_FILES[key]);
    const hit = cache.get(file);
    if (hit) return hit;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'the file does not exist' : (err as Error).message;
      throw new Error(`PDF font not found: ${file} (${why}). The Sarabun TTF fonts must be in ${path.resolve(fontsDir)}.`, { cause: err });
    }
    if (bytes.length < 12 || bytes.readUInt32BE(0) !== 0x00010000) {
      throw new Error(`PDF font is not a TrueType (.ttf) file: ${file}`);
    }
    cache.set(file, bytes);
    return bytes;
  };
  return { regular: read('regular'), bold: read('bold') };
}

/** Registers both weights; pdfkit embeds only the glyphs used (a subset) for TTF fonts. */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: FontBytes): void {
  doc.registerFont(FONT_NAMES.regular, fonts.regular);
  doc.registerFont(FONT_NAMES.bold, fonts.bold);
  doc.font(FONT_NAMES.regular);
}

/** The parts of pdfkit's embedded font this module reads; internal to pdfkit 0.20. */
interface EmbeddedFontInternals {
  font?: { glyphForCodePoint(cp: number): { id: number } | null };
  subset?: { glyphs: number[] };
  unicode?: number[][];
}

/**
 * Repairs the text layer (ToUnicode map) so copying and searching Thai works.
 *
 * Sarabun's shaping splits SARA AM (ำ) into NIKHAHIT + SARA AA. pdfkit records each glyph's text
 * the first time it is drawn, so after one "น้ำ" every later SARA AA (า, in การ, บ้าน …) would
 * copy out as nothing. Here every glyph that the font maps directly from a Thai character gets
 * that character, and the split SARA AM copies out as NIKHAHIT + SARA AA ("ํา"), which looks the
 * same and equals ำ under Unicode compatibility normalisation (NFKC/NFKD).
 * Only the text layer changes; what is printed is untouched.
 */
export function fixThaiTextLayer(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, EmbeddedFontInternals> })._fontFamilies;
  if (!families) return;
  for (const f of Object.values(families)) {
    if (!f.font || !f.subset || !Array.isArray(f.unicode)) continue;
    const byGlyph = new Map<number, number>();
    for (let cp = 0x0e01; cp <= 0x0e5b; cp++) {
      const g = f.font.glyphForCodePoint(cp);
      if (g && g.id > 0) byGlyph.set(g.id, cp);
    }
    f.unicode.forEach((cps, gid) => {
      const orig = f.subset!.glyphs[gid];
      const direct = orig === undefined ? undefined : byGlyph.get(orig);
      if (direct !== undefined) f.unicode![gid] = [direct];
      else if (Array.isArray(cps)) f.unicode![gid] = cps.map((c) => (c === 0x0e33 ? 0x0e4d : c));
    });
  }
}
