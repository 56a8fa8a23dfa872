import { describe, expect, it } from 'vitest';
import { clampLines, layoutLines } from '../../shared/text';

/** A stand-in for a font: every grapheme is 10 units wide, marks (combining) 0. */
const measure = (s: string) => [...s].filter((ch) => !/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(ch)).length * 10;
const words = (s: string) => [...new Intl.Segmenter('th', { granularity: 'word' }).segment(s)].map((x) => x.segment);

const SAMPLES = [
  'ผู้นำองค์กรชุมชนร่วมกันวางแผนธุรกิจเพื่อชุมชน',
  'น้ำปุ๋ยชีวภาพที่เพื่อนบ้านทำเองก็ขายได้ทุนมีหนี้ลด',
  'กองทุนหมู่บ้าน วิสาหกิจชุมชน and online market via LINE OA 👩‍🌾🌾',
  'บรรทัดแรก\nบรรทัดที่สอง\n\nหลังบรรทัดว่าง',
];

describe('layoutLines (Thai)', () => {
  for (const text of SAMPLES) {
    for (const width of [60, 100, 170, 400]) {
      it(`keeps every character and fits ${width} units: ${text.slice(0, 12)}…`, () => {
        const lines = layoutLines(text, width, measure);
        expect(lines.join('')).toBe(text.replace(/\n/g, ''));
        for (const l of lines) if (words(l).length > 1) expect(measure(l.trimEnd())).toBeLessThanOrEqual(width);
      });

      it(`never splits a word that fits a line (${width}): ${text.slice(0, 12)}…`, () => {
        const lines = layoutLines(text, width, measure);
        const wordSet = words(text.replace(/\n/g, ' '));
        for (let i = 0; i + 1 < lines.length; i++) {
          const joined = lines[i]! + lines[i + 1]!;
          const boundary = lines[i]!.length;
          // Find the segment of the joined text that crosses the break.
          let pos = 0;
          for (const seg of words(joined)) {
            const end = pos + seg.length;
            if (pos < boundary && end > boundary && wordSet.includes(seg)) {
              expect(measure(seg), `"${seg}" split across lines`).toBeGreaterThan(width);
            }
            pos = end;
          }
        }
      });
    }
  }

  it('breaks a word longer than the line between grapheme clusters, never before a mark', () => {
    const lines = layoutLines('ปุ๋ยปุ๋ยปุ๋ยปุ๋ยปุ๋ยปุ๋ย', 30, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
    expect(lines.join('')).toBe('ปุ๋ยปุ๋ยปุ๋ยปุ๋ยปุ๋ยปุ๋ย');
  });

  it('a Thai phrase wraps at the word boundary, not mid-word as plain space-wrapping would', () => {
    const lines = layoutLines('ธุรกิจเพื่อชุมชน', 60, measure);
    expect(lines).toEqual(['ธุรกิจ', 'เพื่อ', 'ชุมชน']);
  });

  it('clampLines ends the last kept line with an ellipsis within the width', () => {
    const lines = clampLines(layoutLines(SAMPLES[0]!, 60, measure), 2, 60, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measure(lines[1]!)).toBeLessThanOrEqual(60);
  });

  it('punctuation stays with its word: no line starts with ) ? or ๆ, none ends with (', () => {
    const text = 'ขายที่ไหน (ตลาดนัด ออนไลน์)? เด็กๆ ช่วยกัน (ปุ๋ย)';
    for (const width of [40, 60, 90, 130]) {
      const lines = layoutLines(text, width, measure);
      expect(lines.join('')).toBe(text);
      for (const l of lines) {
        expect(l).not.toMatch(/^[?)ๆ]/);
        expect(l.trimEnd()).not.toMatch(/\($/);
        if (words(l).length > 1) expect(measure(l.trimEnd())).toBeLessThanOrEqual(width);
      }
    }
  });

  it('an empty note is one empty line', () => {
    expect(layoutLines('', 100, measure)).toEqual(['']);
  });
});
