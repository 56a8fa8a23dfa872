import { useCallback } from 'react';
import { translate, type MessageKey, type MessageVars } from '../../shared/i18n';
import { describeError } from '../host/describeError';
import { useApp } from './StoreContext';

/** The translate function for the current language; the same function until the language changes. */
export function useT(): (key: MessageKey, vars?: MessageVars) => string {
  const lang = useApp((s) => s.lang);
  return useCallback((key: MessageKey, vars?: MessageVars) => translate(lang, key, vars), [lang]);
}

/** Puts any failure into words in the current language (see host/describeError); stable like useT. */
export function useErrorText(): (e: unknown) => string {
  const lang = useApp((s) => s.lang);
  return useCallback((e: unknown) => describeError(lang, e), [lang]);
}
