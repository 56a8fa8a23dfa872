import type { Lang } from './lang';

/**
 * The one place a date is turned into the Buddhist era (Gregorian year + 543), for screen, print
 * and file names alike. Dates are kept as ISO yyyy-mm-dd (Gregorian); a Date is read in local time.
 *
 * - 'long':    "15 มกราคม 2569"  /  "15 January 2569 BE"
 * - 'medium':  "15 ม.ค. 2569"    /  "15 Jan 2569 BE"
 * - 'numeric': "15/1/2569" — how people type a date in Thailand (the same in both languages)
 * - 'iso':     "2569-01-15" — sorts well in a file name
 */
export type DateStyle = 'long' | 'medium' | 'numeric' | 'iso';

const BE_OFFSET = 543;
const fmt = (options: Intl.DateTimeFormatOptions, locale: string) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
const THAI = { long: fmt({ dateStyle: 'long' }, 'th-TH-u-ca-buddhist'), medium: fmt({ dateStyle: 'medium' }, 'th-TH-u-ca-buddhist') };
const EN_DAY_MONTH = { long: fmt({ day: 'numeric', month: 'long' }, 'en-GB'), medium: fmt({ day: 'numeric', month: 'short' }, 'en-GB') };

/** yyyy-mm-dd → a UTC midnight Date, or null when it is not a real calendar date (2026-02-29). */
export function parseIsoDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return utcDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A UTC midnight Date for a Gregorian day, or null when the day does not exist (31/4, 29/2/2025). */
export function utcDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years below 100 would otherwise land in the 1900s
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : null;
}

/** A date in the Buddhist era. Text that is not a real yyyy-mm-dd date comes back unchanged. */
export function formatBuddhistDate(date: string | Date, lang: Lang, style: DateStyle = 'long'): string {
  const d = typeof date === 'string' ? parseIsoDate(date) : localDay(date);
  if (!d) return typeof date === 'string' ? date : '';
  const year = d.getUTCFullYear() + BE_OFFSET;
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  switch (style) {
    case 'numeric':
      return `${day}/${month}/${year}`;
    case 'iso':
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    case 'long':
    case 'medium':
      return lang === 'th' ? THAI[style].format(d) : `${EN_DAY_MONTH[style].format(d)} ${year} BE`;
  }
}

/** A year as people type it: past 2400 it is Buddhist-era (2569) and becomes Gregorian (2026). */
export const gregorianYear = (year: number): number => (year > 2400 ? year - BE_OFFSET : year);

function localDay(d: Date): Date | null {
  if (Number.isNaN(d.getTime())) return null;
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}
