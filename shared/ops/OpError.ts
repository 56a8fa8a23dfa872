import { translate, type Lang, type MessageKey } from '../i18n';

/** Values naming a kind of record or layout ("note", "table") are words to translate too. */
const KIND_VARS = new Set(['kind', 'from', 'to']);

/**
 * An op that cannot apply to the document as it is. It carries a dictionary key and its values,
 * so each screen can say it in its own language; `message` is the English form, for logs.
 */
export class OpError extends Error {
  override readonly name = 'OpError';
  constructor(
    readonly key: MessageKey,
    readonly vars: Record<string, string | number> = {},
    /** Index of the failing op within its batch, when known. */
    readonly index?: number,
  ) {
    super('');
    this.message = describeOpError(this, 'en');
  }

  /** The same error, naming the op's place in its batch. */
  at(index: number): OpError {
    return new OpError(this.key, this.vars, index);
  }
}

/** The error in a person's language, kinds of record included ("ไม่พบโน้ต …"). */
export function describeOpError(e: Pick<OpError, 'key' | 'vars'>, lang: Lang): string {
  const vars: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(e.vars)) {
    vars[name] = KIND_VARS.has(name) ? translate(lang, `opKind_${v}` as MessageKey, {}) : v;
  }
  return translate(lang, e.key, vars);
}
