import { formatBuddhistDate } from './buddhistDate';
import { translate, type Lang } from './index';

/**
 * Date and time in the Buddhist era, in the computer's time zone: "30 พ.ย. 2569 09:20 น." (th) or
 * "30 Nov 2569 BE, 09:20" (en). The date part comes from the one Buddhist-era formatter.
 */
export function formatThaiDateTime(iso: string, lang: Lang, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(d);
  // The calendar day in that time zone, as yyyy-mm-dd (en-CA writes dates that way).
  const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(d);
  return translate(lang, 'dateTime', { date: formatBuddhistDate(day, lang, 'medium'), time });
}
