import { useCallback } from 'react';
import { translate, type MessageKey } from '../../shared/i18n';
import { useApp } from './StoreContext';

/** The translate function for the current language; the same function until the language changes. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const lang = useApp((s) => s.lang);
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
}
