import type { ColumnKind } from '../model/Template';
import { formatBuddhistDate, gregorianYear, utcDay } from '../i18n/buddhistDate';
import type { Lang } from '../i18n/lang';

/**
 * Cells are stored as plain text: numbers as digits ("1500"), dates as ISO yyyy-mm-dd (Gregorian).
 * People type and read them the Thai way: "1,500 บาท", "15/1/2569" (Buddhist era).
 */
export type Parsed = { ok: true; value: string } | { ok: false; problem: 'number' | 'date' };

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const asciiDigits = (s: string) => s.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));

/** Accepts "1,500", "฿1500", "1500 บาท", "๑,๕๐๐", "-20.5"; stores "1500" / "-20.5". */
export function parseNumber(text: string): Parsed {
  const t = asciiDigits(text).replace(/[,\s฿]|บาท/g, '');
  if (t === '') return { ok: true, value: '' };
  if (!/^-?\d+(\.\d+)?$/.test(t)) return { ok: false, problem: 'number' };
  return { ok: true, value: String(Number(t)) };
}

const group = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);

const satang = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Whole baht read without decimals (1,500); with satang always two digits (16,800.50), never 16,800.5. */
export function groupBaht(n: number): string {
  return Math.round(Math.abs(n) * 100) % 100 === 0 ? group(Math.round(n)) : satang.format(n);
}

/** "฿1,500", "฿16,800.50" — how a baht cell reads when not being edited. */
export function formatBaht(stored: string): string {
  if (stored === '' || Number.isNaN(Number(stored))) return stored;
  const n = Number(stored);
  return n < 0 ? `-฿${groupBaht(-n)}` : `฿${groupBaht(n)}`;
}

/** Accepts d/m/yyyy in either era (a year past 2400 is Buddhist), or ISO; stores ISO. */
export function parseDate(text: string): Parsed {
  const t = asciiDigits(text).trim();
  if (t === '') return { ok: true, value: '' };
  let d: number, m: number, y: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return { ok: false, problem: 'date' };
  y = gregorianYear(y);
  if (!utcDay(y, m, d)) return { ok: false, problem: 'date' };
  return { ok: true, value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** "15 ม.ค. 2569" (th) or "15 Jan 2569 BE" (en). */
export const formatDate = (stored: string, lang: Lang): string => formatBuddhistDate(stored, lang, 'medium');

/** What the editing box shows: the date typed the Thai way (d/m/BE year), numbers without grouping. */
export function editText(kind: ColumnKind, stored: string): string {
  return kind === 'date' ? formatBuddhistDate(stored, 'th', 'numeric') : stored;
}

/** What a cell shows when it is not being edited. */
export function displayText(kind: ColumnKind, stored: string, lang: Lang): string {
  if (kind === 'baht') return formatBaht(stored);
  if (kind === 'number') return stored === '' || Number.isNaN(Number(stored)) ? stored : group(Number(stored));
  if (kind === 'date') return formatDate(stored, lang);
  return stored;
}

/** Turns what was typed into what is stored, by the column's kind. */
export function parseCell(kind: ColumnKind, text: string): Parsed {
  if (kind === 'number' || kind === 'baht') return parseNumber(text);
  if (kind === 'date') return parseDate(text);
  return { ok: true, value: text };
}

/** Sum of a numeric column, for the table's footer; null when no cell holds a number. */
export function columnTotal(values: readonly string[]): number | null {
  const nums = values.filter((v) => v !== '' && !Number.isNaN(Number(v))).map(Number);
  return nums.length === 0 ? null : nums.reduce((a, b) => a + b, 0);
}
