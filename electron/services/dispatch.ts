import type { z } from 'zod';
import { contract, type ChannelName, type HostApi } from '../../shared/contract/contract';
import { HostError, type HostErrorBody, type Result } from '../../shared/contract/HostError';
import { OpError } from '../../shared/ops/OpError';
import { isMessageKey, type Message, type MessageVars } from '../../shared/i18n';
import { FIELD_NAMES, issuesMessage, WORKSHOP_FIELD_NAMES } from '../../shared/i18n/issueMessage';
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
    if (!parsed.success) {
      const details = issuesMessage(parsed.error.issues, name.startsWith('workshops.') ? WORKSHOP_FIELD_NAMES : FIELD_NAMES);
      throw new HostError('invalid', describeZodError(parsed.error), 'error.invalid', { details });
    }
    const call = services[name] as (req: unknown) => Promise<unknown>;
    return { ok: true, value: await call(parsed.data) };
  } catch (e) {
    return failure(e);
  }
}

/** A Result carrying the error as plain data (an Error's message does not survive JSON or IPC). */
export function failure(e: unknown): { ok: false; error: HostErrorBody } {
  const err = toHostError(e);
  const body: HostErrorBody = { code: err.code, message: err.message };
  if (err.key) body.key = err.key;
  if (err.vars) body.vars = err.vars;
  return { ok: false, error: body };
}

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  if (e instanceof OpError) {
    const where = e.index === undefined ? '' : ` (op ${e.index + 1})`;
    // It keeps its dictionary key, so the person reads it in the UI language; `message` stays English.
    return new HostError('conflict', `${e.message}${where}; nothing was saved`, e.key, opErrorVars(e.vars));
  }
  // SQLite rolls the failed transaction back, so what was committed before stays as it was.
  if (sqliteCode(e) === 'SQLITE_FULL') return new HostError('unavailable', bilingual('hostDiskFull'), 'hostDiskFull');
  console.error(e);
  const message = e instanceof Error ? e.message : String(e);
  return new HostError('internal', message, 'error.internal', { message });
}

/** Kinds of record in an op error ("note", "table") are words too: they travel as messages (see describeOpError). */
function opErrorVars(vars: Readonly<Record<string, string | number>>): MessageVars {
  const out: Record<string, string | number | Message> = {};
  for (const [name, v] of Object.entries(vars)) {
    const kind = `opKind_${v}`;
    out[name] = ['kind', 'from', 'to'].includes(name) && isMessageKey(kind) ? { key: kind } : v;
  }
  return out;
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
