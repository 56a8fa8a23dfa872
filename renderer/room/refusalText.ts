import { isMessageKey, translate, type Lang } from '../../shared/i18n';
import type { Refusal } from '../../shared/room/protocol';

/** A host's refusal in the page's language; a key this page does not know falls back to its English. */
export function refusalText(lang: Lang, refusal: Refusal): string {
  return isMessageKey(refusal.key) ? translate(lang, refusal.key, refusal.vars ?? {}) : refusal.message;
}
