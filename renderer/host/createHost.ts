import { CHANNELS, type ChannelName, type HostApi, type RequestOf, type ResponseOf } from '../../shared/contract/contract';
import { HostError, type Result } from '../../shared/contract/HostError';
import { isMessageKey } from '../../shared/i18n';

type Bridge = { [C in ChannelName]: (req: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

declare global {
  interface Window {
    /** Present in Electron: the preload's one function per contract channel. */
    cbmc?: Bridge;
  }
}

/** The renderer's way to the host: Electron's preload bridge when present, HTTP otherwise. */
export function createHost(): HostApi {
  const bridge = window.cbmc;
  const call = bridge
    ? (channel: ChannelName, req: unknown) => (bridge[channel] as (r: unknown) => Promise<Result<unknown>>)(req)
    : httpCall;
  const api = {} as Record<ChannelName, (req: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    api[channel] = async (req) => unwrap(await call(channel, req));
  }
  return api as unknown as HostApi;
}

async function httpCall(channel: ChannelName, req: unknown): Promise<Result<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(req),
    });
  } catch (e) {
    return { ok: false, error: { code: 'unavailable', message: `the host cannot be reached (${(e as Error).message})`, key: 'error.unreachable' } };
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `the host answered ${res.status} without a readable body` } };
  }
}

function unwrap(result: Result<unknown>): unknown {
  if (result.ok) return result.value;
  const { code, message, key, vars } = result.error;
  throw new HostError(code, message, isMessageKey(key) ? key : undefined, vars);
}
