import type { MessageKey, MessageVars } from '../i18n';

/** Why a request failed, in a form both hosts send and the renderer shows. */
export type HostErrorCode =
  | 'invalid' // the payload does not match the contract (HTTP 400)
  | 'not_found' // a workshop or record that does not exist (HTTP 404)
  | 'conflict' // the ops do not fit the stored document (HTTP 409)
  | 'forbidden' // a request from a page or address other than the host's own (HTTP 403)
  | 'too_large' // a body over the size limit (HTTP 413)
  | 'unavailable' // the database cannot be used, e.g. it comes from a newer version (HTTP 503)
  | 'internal'; // a bug: reported, never expected (HTTP 500)

/**
 * The host does not know the person's language, so an error carries a dictionary key and its
 * variables, which the renderer puts into words in the UI language; `message` is English, for logs.
 */
export interface HostErrorBody {
  code: HostErrorCode;
  message: string;
  key?: MessageKey;
  vars?: MessageVars;
}

export class HostError extends Error implements HostErrorBody {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly key?: MessageKey,
    readonly vars?: MessageVars,
  ) {
    super(message);
  }
}

export const HTTP_STATUS: Record<HostErrorCode, number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  too_large: 413,
  unavailable: 503,
  internal: 500,
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: HostErrorBody };
