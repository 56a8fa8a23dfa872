import * as fontkit from 'fontkit';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';

/**
 * Joiners, variation selectors and skin-tone modifiers only shape emoji; with the emoji gone they
 * would print as boxes. (Code point ranges rather than a regex class: a class of combining marks reads
 * as something else than it is.)
 */
function isInvisibleShaper(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

/**
 * Text as the print font can draw it. Sarabun has Thai and Latin but no emoji; rather than an
 * empty box for each, characters the font lacks are left out of the printed page (the stored
 * note keeps them).
 */
export function printableFilter(fontBytes: Buffer): (text: string) => string {
  const font = fontkit.create(fontBytes) as fontkit.Font;
  const known = new Map<number, boolean>();
  const has = (cp: number) => {
    let k = known.get(cp);
    if (k === undefined) known.set(cp, (k = cp < 0x20 || font.hasGlyphForCodePoint(cp)));
    return k;
  };
  return (text) => {
    let out = '';
    let dropped = false;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (isInvisibleShaper(cp)) continue;
      if (has(cp)) out += ch;
      else dropped = true;
    }
    return dropped ? out.replace(/[ \t]{2,}/g, ' ').trim() : out;
  };
}

/** A copy of the document with every user-typed text passed through `clean`. */
export function printableDoc(doc: WorkshopDoc, clean: (s: string) => string): WorkshopDoc {
  const map = <T>(rec: Record<string, T>, f: (v: T) => T) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, f(v)]));
  const w = doc.workshop;
  return {
    ...doc,
    workshop: {
      ...w,
      name: clean(w.name),
      group: clean(w.group),
      tambon: clean(w.tambon),
      amphoe: clean(w.amphoe),
      province: clean(w.province),
      facilitator: clean(w.facilitator),
    },
    boards: map(doc.boards, (b) => ({ ...b, title: clean(b.title) })),
    notes: map(doc.notes, (n) => ({ ...n, text: clean(n.text) })),
    rows: map(doc.rows, (r) => ({ ...r, cells: map(r.cells, clean) })),
    steps: map(doc.steps, (s) => ({ ...s, notes: clean(s.notes) })),
  };
}
