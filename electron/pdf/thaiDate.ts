import type { PdfLang } from './labels';

const thaiLong = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'UTC' });
const enDayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * A calendar date in the Buddhist era, as Thai documents write it: "15 มกราคม 2569";
 * in English "15 January 2569 BE". Accepts yyyy-mm-dd (the model's form) or a Date.
 * Text that is not a date is returned unchanged.
 */
export function formatBuddhistDate(date: string | Date, lang: PdfLang): string {
  const d = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  if (Number.isNaN(d.getTime())) return typeof date === 'string' ? date : '';
  if (lang === 'th') return thaiLong.format(d);
  return `${enDayMonth.format(d)} ${d.getUTCFullYear() + 543} BE`;
}
