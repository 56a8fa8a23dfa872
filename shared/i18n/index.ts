import { en } from './en';
import { th, type MessageKey } from './th';

export type Lang = 'th' | 'en';
export type { MessageKey };

const DICTS: Record<Lang, Record<MessageKey, string>> = { th, en };

/** Looks up a message and fills {placeholders}. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Buddhist-era date for display: "15 มกราคม 2569" (th) or "15 January 2569 BE" (en). */
export function formatThaiDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  if (lang === 'th') return new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
  return `${day} ${d.getUTCFullYear() + 543} BE`;
}

/** Picks the Thai or English form of a bilingual field, falling back to Thai. */
export function pick(lang: Lang, thText: string, enText: string | undefined): string {
  return lang === 'en' && enText ? enText : thText;
}
