import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { th, type MessageKey } from '../../shared/i18n/th';
import { placeParts, say, translate } from '../../shared/i18n';

const ROOT = path.resolve(__dirname, '../..');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KEYS = Object.keys(th) as MessageKey[];

describe('the dictionary', () => {
  it('has every key in Thai and English, never blank, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(th[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(th[key]));
    }
  });

  it('says each thing once: no two keys carry the same Thai and English words', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const key of KEYS) {
      const pair = `${th[key]}|${en[key]}`;
      const first = seen.get(pair);
      if (first) repeats.push(`${first} = ${key}`);
      else seen.set(pair, key);
    }
    expect(repeats).toEqual([]);
  });

  it("uses the same words on screen and in print (the step purpose is เป้าหมาย, as in CODI's overview)", () => {
    expect(translate('th', 'purpose')).toBe('เป้าหมาย');
    const printed = fs.readFileSync(path.join(ROOT, 'electron/pdf/stepPacket.ts'), 'utf8');
    expect(printed).toContain("ctx.t('purpose')");
    expect(fs.existsSync(path.join(ROOT, 'electron/pdf/labels.ts'))).toBe(false);
  });

  it('fills messages inside messages, and field paths joined in reading order', () => {
    const m = { key: 'issue.empty', vars: { field: [{ key: 'field.template', vars: { n: 2 } }, { key: 'field.nameTh' }] } } as const;
    expect(say('th', m)).toBe('กรุณากรอกแม่แบบที่ 2 › ชื่อ (ไทย)');
    expect(say('en', m)).toBe('template 2 › Thai name: please fill this in');
  });

  it('writes a place the Thai way, and in words in English', () => {
    const place = { tambon: 'นาขา', amphoe: '', province: 'ชุมพร' };
    expect(placeParts('th', place)).toEqual(['ต.นาขา', 'จ.ชุมพร']);
    expect(placeParts('en', place)).toEqual(['Tambon นาขา', 'ชุมพร Province']);
  });
});

/**
 * Thai words a user reads live in the dictionary, or in the templates and process (data a facilitator
 * may replace). Source comments may use Thai; code may not show it. These few literals are not shown.
 */
const NOT_SHOWN: Record<string, string[]> = {
  'renderer/canvas/useFontEpoch.ts': ['ก'], // a Thai letter asked of the font loader, never drawn
  // what people type, read back as numbers; and the baht sign, the same in both languages
  'shared/text/cellFormat.ts': ['๐๑๒๓๔๕๖๗๘๙', '๐-๙', 'บาท', '฿'],
  'shared/text/layoutLines.ts': ['ๆฯ'], // marks that may not start a line
};
const SCANNED = ['renderer', 'electron/pdf', 'electron/services', 'electron/server', 'shared'];
const DATA = ['shared/i18n/', 'shared/templates/', 'shared/process/'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** Removes // and /* *\/ comments, leaving strings (and the URLs inside them) alone. */
function withoutComments(code: string): string {
  return code.replace(
    /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (all, str: string | undefined) => str ?? '',
  );
}

describe('no Thai text outside the dictionary', () => {
  it('finds none in renderer/, electron/ (pdf, services, server) or shared/ code', () => {
    const found: string[] = [];
    for (const file of SCANNED.flatMap(sourceFiles)) {
      if (DATA.some((d) => file.startsWith(d))) continue;
      const code = withoutComments(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      for (const run of code.match(/[\u0e00-\u0e7f][\u0e00-\u0e7f\s.-]*/g) ?? []) {
        const text = run.trim();
        if (!(NOT_SHOWN[file] ?? []).includes(text)) found.push(`${file}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would catch one: the scan sees a Thai literal in code but not in a comment', () => {
    const code = "// ชื่อ\nconst a = 'บันทึก';\n/* ลบ */ const b = `x`;";
    expect(withoutComments(code).match(/[\u0e00-\u0e7f]+/g)).toEqual(['บันทึก']);
  });
});
