import { translate, type MessageKey } from './index';

/**
 * Thai, then English, in one line: for messages made on the host, which does not know the
 * reader's language (a terminal, a log, a HostError shown as it arrives).
 */
export function bilingual(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return `${translate('th', key, vars)} / ${translate('en', key, vars)}`;
}
