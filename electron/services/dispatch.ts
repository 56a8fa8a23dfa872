import type { z } from 'zod';
import { contract, type ChannelName, type HostApi } from '../../shared/contract/contract';
import { HostError, type HostErrorBody, type Result } from '../../shared/contract/HostError';
import { describeOpError, OpError } from '../../shared/ops/OpError';
import { bilingual } from '../../shared/i18n/bilingual';

/**
 * The single gate both hosts (IPC and HTTP) pass requests through: is the channel known, does the
 * payload match its schema, then call the service. Every failure becomes a HostError a person can read.
 */
export async function dispatch(services: HostApi, channel: string, payload: unknown): Promise<Result<unknown>> {
  try {
    if (!Object.hasOwn(contract, channel)) throw new HostError('not_found', `unknown channel "${channel}"`);
    const name = channel as ChannelName;
    const parsed = contract[name].request.safeParse(payload ?? {});
    if (!parsed.success) throw new HostError('invalid', describeZodError(parsed.error));
    const call = services[name] as (req: unknown) => Promise<unknown>;
    return { ok: true, value: await call(parsed.data) };
  } catch (e) {
    return failure(e);
  }
}

/** A Result carrying the error as plain data (an Error's message does not survive JSON or IPC). */
export function failure(e: unknown): { ok: false; error: HostErrorBody } {
  const err = toHostError(e);
  return { ok: false, error: { code: err.code, message: err.message } };
}

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  if (e instanceof OpError) {
    const where = e.index === undefined ? '' : ` (op ${e.index + 1})`;
    // Like the host's other messages, in Thai and English: the host does not know the reader's language.
    return new HostError('conflict', `${describeOpError(e, 'th')} / ${describeOpError(e, 'en')}${where}; nothing was saved`);
  }
  // SQLite rolls the failed transaction back, so what was committed before stays as it was.
  if (sqliteCode(e) === 'SQLITE_FULL') return new HostError('unavailable', bilingual('hostDiskFull'));
  console.error(e);
  return new HostError('internal', e instanceof Error ? e.message : String(e));
}

/** The first few schema problems, each with the path where it was found. */
export function describeZodError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((i) => {
    const path = i.path.length > 0 ? i.path.join('.') + ': ' : '';
    return path + i.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `invalid request: ${parts.join('; ')}${more}`;
}

/** better-sqlite3's SqliteError carries SQLite's result code name, e.g. "SQLITE_FULL". */
function sqliteCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}
