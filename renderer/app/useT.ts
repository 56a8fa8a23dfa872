import { translate, type MessageKey } from '../../shared/i18n';
import { describeError } from '../host/describeError';
import { useApp } from './StoreContext';

/** The translate function for the current language. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const lang = useApp((s) => s.lang);
  return (key, vars) => translate(lang, key, vars);
}

/** Puts any failure into words in the current language (see host/describeError). */
export function useErrorText(): (e: unknown) => string {
  const lang = useApp((s) => s.lang);
  return (e) => describeError(lang, e);
}
