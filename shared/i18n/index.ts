import { en } from './en';
import type { Lang } from './lang';
import { th, type MessageKey } from './th';

export type { Lang } from './lang';
export type { MessageKey };
export { formatBuddhistDate, gregorianYear, parseIsoDate, type DateStyle } from './buddhistDate';

/**
 * A message as data: a dictionary key and what fills its {placeholders}. A value may itself be a
 * message (translated in the same language), or a list of them (a field path, joined with " › ").
 * Plain data, so it crosses IPC and HTTP and is put into words only where the UI language is known.
 */
export interface Message {
  key: MessageKey;
  vars?: MessageVars;
}
export type MessageVar = string | number | Message | readonly Message[];
export type MessageVars = { readonly [name: string]: MessageVar };

const DICTS: Record<Lang, Record<MessageKey, string>> = { th, en };

/** Looks up a message and fills {placeholders}. One dictionary serves the screen and print. */
export function translate(lang: Lang, key: MessageKey, vars: MessageVars = {}): string {
  return DICTS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return v === undefined ? `{${name}}` : varText(lang, v);
  });
}

/** A message put into words. */
export const say = (lang: Lang, m: Message): string => translate(lang, m.key, m.vars);

function varText(lang: Lang, v: MessageVar): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return (v as readonly Message[]).map((m) => say(lang, m)).join(' › ');
  return say(lang, v as Message);
}

/** Whether a string is a key of the dictionary (keys arrive as plain strings over IPC and HTTP). */
export const isMessageKey = (key: unknown): key is MessageKey => typeof key === 'string' && Object.hasOwn(th, key);

/** Picks the Thai or English form of a bilingual field, falling back to Thai. */
export function pick(lang: Lang, thText: string, enText: string | undefined): string {
  return lang === 'en' && enText ? enText : thText;
}

/** The other language's form, shown small under the main one; '' when there is none. */
export const otherLang = (lang: Lang, thText: string, enText: string | undefined): string =>
  lang === 'en' ? (enText ? thText : '') : (enText ?? '');

/** "ต.นาขา", "อ.เมือง", "จ.ชุมพร" (th) / "Tambon Na Kha" … (en), leaving out what is blank. */
export function placeParts(lang: Lang, place: { tambon: string; amphoe: string; province: string }): string[] {
  const parts: [MessageKey, string][] = [
    ['tambonShort', place.tambon],
    ['amphoeShort', place.amphoe],
    ['provinceShort', place.province],
  ];
  return parts.filter(([, name]) => name.trim() !== '').map(([key, name]) => translate(lang, key, { name }));
}
