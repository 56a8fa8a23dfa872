import { isMessageKey, type MessageKey } from './index';

/** The word for a kind of record; boards, notes and steps share the words op errors use (opKind_*). */
export function recordKindKey(kind: string): MessageKey {
  for (const key of [`record_${kind}`, `opKind_${kind}`]) if (isMessageKey(key)) return key;
  return 'field.root';
}
