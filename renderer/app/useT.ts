import { translate, type MessageKey } from '../../shared/i18n';
import { useApp } from './StoreContext';

/** The translate function for the current language. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const lang = useApp((s) => s.lang);
  return (key, vars) => translate(lang, key, vars);
}
