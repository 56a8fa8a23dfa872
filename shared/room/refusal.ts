import { translate, type MessageKey, type MessageVars } from '../i18n';
import type { Refusal } from './protocol';

/** A refusal in the dictionary's words, with its English for logs and for pages that do not know the key. */
export function refusal(key: MessageKey, vars: MessageVars = {}): Refusal {
  return { key, vars, message: translate('en', key, vars) };
}
