import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopFileName } from '../../shared/workshopFile/workshopFile';
import { templateSetFileName } from '../../shared/templates/templateSetFile';
import { MAX_NAME_BYTES, safeFileName, safeFileNameFromParts, utf8Bytes } from '../../shared/text/safeFileName';

const graphemes = (s: string) => [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);
/** True when `cut` ends on a whole grapheme cluster of `whole` (no mark left without its consonant). */
const endsOnCluster = (whole: string, cut: string) => {
  let acc = '';
  for (const g of graphemes(whole)) {
    if (acc === cut) return true;
    acc += g;
  }
  return acc === cut;
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbmc-names-'));
const canWrite = (name: string) => {
  fs.writeFileSync(path.join(dir, name), 'x');
  return fs.readdirSync(dir).includes(name);
};

describe('safeFileName', () => {
  it('keeps Thai words, marks and emoji as typed', () => {
    expect(safeFileName('แผนธุรกิจกลุ่มน้ำพริก ผู้นำ ปุ๋ย 🌶️', { extension: '.pdf' })).toBe('แผนธุรกิจกลุ่มน้ำพริก ผู้นำ ปุ๋ย 🌶️.pdf');
  });

  it('replaces what Windows, macOS or Linux refuse and trims what Windows drops', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0000k\tl')).toBe('a b c d e f g h i j k l');
    expect(safeFileName('  ..ซ่อน. ')).toBe('ซ่อน');
    expect(safeFileName('ก\u200bข\u202eค')).toBe('ก ข ค');
    expect(safeFileName('///', { fallback: 'cbmc', extension: '.pdf' })).toBe('cbmc.pdf');
  });

  it('never gives a Windows device name, with or without an extension', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul', { extension: '.pdf' })).toBe('_nul.pdf');
    expect(safeFileName('com1.backup')).toBe('_com1.backup');
    expect(safeFileName('console')).toBe('console');
  });

  it('keeps long Thai names within 255 bytes including the extension, cut between whole clusters', () => {
    const long = 'ผู้นำองค์กรชุมชนร่วมกันทำแผนธุรกิจเพื่อชุมชนน้ำพริกแกง'.repeat(10);
    const name = safeFileName(long, { extension: '.cbmc-templates.json' });
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(utf8Bytes(name)).toBeGreaterThan(MAX_NAME_BYTES - 40);
    const stem = name.slice(0, -'.cbmc-templates.json'.length);
    expect(long.startsWith(stem)).toBe(true);
    expect(endsOnCluster(long, stem)).toBe(true);
    expect(canWrite(name)).toBe(true);
  });

  it('cuts a name with no word breaks by grapheme clusters, never inside one', () => {
    for (const unit of ['ปุ๋ย', 'น้ำ', 'กิ่ง', '👨‍👩‍👧', 'é']) {
      const long = unit.repeat(200);
      const name = safeFileName(long, { extension: '.pdf' });
      expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      const stem = name.slice(0, -4);
      expect(endsOnCluster(long, stem)).toBe(true);
      expect(canWrite(name)).toBe(true);
    }
  });

  it('shortens the longest part first so the date survives', () => {
    const name = safeFileNameFromParts(['น้ำพริก'.repeat(40), 'ขั้นตอนที่ 3', '2569-01-15'], { extension: '.pdf' });
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith(' - ขั้นตอนที่ 3 - 2569-01-15.pdf')).toBe(true);
    expect(name.startsWith('น้ำพริก')).toBe(true);
    expect(canWrite(name)).toBe(true);
  });

  it('is what workshop files and template-set files are named with', () => {
    const long = 'แผนธุรกิจกลุ่มน้ำพริกแม่บ้านเกษตรกรบ้านนาขา'.repeat(8);
    for (const name of [workshopFileName(long), templateSetFileName(long)]) {
      expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(canWrite(name)).toBe(true);
    }
    expect(workshopFileName('กลุ่ม/น้ำพริก')).toBe('กลุ่ม น้ำพริก.cbmc');
    expect(workshopFileName('...')).toBe('workshop.cbmc');
  });
});
