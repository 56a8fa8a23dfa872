import type { Lang } from './index';

/**
 * Date and time in the Buddhist era, in the computer's time zone: "30 พ.ย. 2569 09:20" (th) or
 * "30 Nov 2569 BE, 09:20" (en).
 */
export function formatThaiDateTime(iso: string, lang: Lang, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(d);
  if (lang === 'th') {
    const date = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(d);
    return `${date} ${time} น.`;
  }
  const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')} ${get('month')} ${Number(get('year')) + 543} BE, ${time}`;
}
