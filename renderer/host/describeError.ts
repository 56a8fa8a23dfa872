import { HostError } from '../../shared/contract/HostError';
import { isMessageKey, translate, type Lang, type MessageVars } from '../../shared/i18n';

/**
 * What the person reads when something fails, in the UI language. Errors from the host (and op
 * errors) carry a dictionary key and variables; an error without one is named by its kind, and only
 * an unexpected failure shows its English detail, so it can be reported.
 */
export function describeError(lang: Lang, e: unknown): string {
  if (typeof e === 'object' && e !== null && 'key' in e && isMessageKey(e.key)) {
    const vars = 'vars' in e && typeof e.vars === 'object' && e.vars !== null ? (e.vars as MessageVars) : undefined;
    return translate(lang, e.key, vars);
  }
  const message = e instanceof Error ? e.message : String(e);
  const half = bilingualHalf(message, lang);
  if (half) return half;
  if (e instanceof HostError) return translate(lang, `error.${e.code}`, { message, details: message });
  return translate(lang, 'error.internal', { message });
}

/**
 * Some host messages are made before any key could travel with them, in both languages at once
 * ("ไทย / English", shared/i18n/bilingual.ts); the person reads the half in the UI language.
 */
function bilingualHalf(message: string, lang: Lang): string | null {
  if (!/[\u0e00-\u0e7f]/.test(message)) return null;
  const cut = message.indexOf(' / ');
  if (cut < 0) return message; // Thai only: better than a generic message
  return lang === 'th' ? message.slice(0, cut) : message.slice(cut + 3);
}
