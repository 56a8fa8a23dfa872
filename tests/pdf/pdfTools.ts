/** Reading PDFs back with poppler-utils, and the checks every output kind shares. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

export const OUT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cbmc-pdf-tests-'));

export function save(name: string, bytes: Buffer): string {
  const file = path.join(OUT_DIR, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return file;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

export interface PageSize {
  w: number;
  h: number;
}

export function pdfInfo(file: string): { pages: number; sizes: PageSize[]; raw: string } {
  const raw = run('pdfinfo', ['-f', '1', '-l', '100000', file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(raw)?.[1] ?? NaN);
  const sizes = [...raw.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
  return { pages, sizes, raw };
}

export const SIZES = {
  A4: { w: 595.28, h: 841.89 },
  A4L: { w: 841.89, h: 595.28 },
  A3: { w: 841.89, h: 1190.55 },
  A3L: { w: 1190.55, h: 841.89 },
};

export function expectPageSizes(file: string, allowed: PageSize[]): { pages: number; sizes: PageSize[] } {
  const info = pdfInfo(file);
  expect(info.sizes.length).toBe(info.pages);
  for (const s of info.sizes) {
    expect(
      allowed.some((a) => Math.abs(a.w - s.w) < 0.01 && Math.abs(a.h - s.h) < 0.01),
      `page size ${s.w}×${s.h}`,
    ).toBe(true);
  }
  return info;
}

/** Every font is Sarabun, embedded and subset. */
export function expectSarabunEmbedded(file: string): void {
  const rows = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const cols = row.trim().split(/\s+/);
    // name type... encoding emb sub uni id gen: emb/sub/uni are the 5th, 4th and 3rd from the end.
    const [emb, sub] = [cols[cols.length - 5], cols[cols.length - 4]];
    expect(cols[0]).toMatch(/^[A-Z]{6}\+Sarabun-(Regular|Bold)$/);
    expect(emb).toBe('yes');
    expect(sub).toBe('yes');
  }
}

/**
 * Thai as it comes back from the PDF's text layer: SARA AM (ำ) is drawn as NIKHAHIT + SARA AA,
 * which copies out as "ํา"; fold it back so texts compare equal.
 */
export const normThai = (s: string): string => s.replace(/\u0e4d\u0e32/g, '\u0e33').normalize('NFC');

/** pdftotext in content order (-raw), which keeps each drawn line a line. */
export function pdfText(file: string, first?: number, last?: number): string {
  const args = ['-raw', '-enc', 'UTF-8'];
  if (first) args.push('-f', String(first));
  if (last) args.push('-l', String(last));
  return normThai(run('pdftotext', [...args, file, '-']));
}

export const squash = (s: string): string => normThai(s).replace(/\s+/g, '');

/** Renders one page to PNG (checks poppler can rasterise it) and returns the PNG path. */
export function renderPng(file: string, page: number, dpi = 40): string {
  const base = file.replace(/\.pdf$/, `-p${page}`);
  run('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', String(page), '-l', String(page), file, base]);
  const png = `${base}.png`;
  expect(fs.statSync(png).size).toBeGreaterThan(1000);
  return png;
}

const words = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Lines of the PDF's text that end inside a word. For each pair of consecutive text lines (a, b)
 * that are consecutive lines of one of the source texts (a + b occurs in it with no space
 * between), the break must fall on a word boundary of that source as Intl.Segmenter sees it.
 * A break at a space is always fine. Lines that do not continue a source text are not judged.
 */
export function checkWordBreaks(text: string, sources: readonly string[]): { judged: number; bad: string[] } {
  // List markers are drawn beside the text, not part of it.
  const lines = text.split('\n').map((l) => l.trim().replace(/^(•|\d+\.)\s+/u, ''));
  const srcs = sources.map((s) => normThai(s));
  const bounds = new Map<string, Set<number>>();
  const boundariesOf = (s: string) => {
    let b = bounds.get(s);
    if (!b) {
      b = new Set([...words.segment(s)].map((x) => x.index));
      b.add(s.length);
      bounds.set(s, b);
    }
    return b;
  };
  const bad: string[] = [];
  let judged = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a === '' || b === '') continue;
    const joined = a + b;
    let seen = false;
    for (const src of srcs) {
      let at = src.indexOf(joined);
      if (at >= 0 && !seen) {
        seen = true;
        judged++;
      }
      while (at >= 0) {
        if (!boundariesOf(src).has(at + a.length)) {
          bad.push(`${a}|${b}`);
          break;
        }
        at = src.indexOf(joined, at + 1);
      }
    }
  }
  return { judged, bad };
}

/** Outline (bookmark) titles, read from the PDF's /Title strings (UTF-16BE literal strings). */
export function outlineTitles(bytes: Buffer): string[] {
  const s = bytes.toString('latin1');
  const out: string[] = [];
  const re = /\/Title \(/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    let i = m.index + m[0].length;
    let depth = 0;
    const raw: number[] = [];
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x5c) {
        const n = s[++i]!;
        const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
        if (n in esc) raw.push(esc[n]!);
        else if (/[0-7]/.test(n)) {
          const oct = /^[0-7]{1,3}/.exec(s.slice(i, i + 3))![0];
          raw.push(parseInt(oct, 8));
          i += oct.length - 1;
        }
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && depth-- === 0) break;
      raw.push(c);
    }
    const buf = Buffer.from(raw);
    if (buf[0] === 0xfe && buf[1] === 0xff) out.push(buf.subarray(2).swap16().toString('utf16le'));
    else out.push(buf.toString('latin1'));
  }
  return out;
}
