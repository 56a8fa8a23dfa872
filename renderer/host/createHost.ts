import { CHANNELS, type ChannelName, type HostApi, type RequestOf, type ResponseOf } from '../../shared/contract/contract';
import { HostError, type Result } from '../../shared/contract/HostError';
import { HostUnreachable } from './HostUnreachable';

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
  const call = bridge ? (channel: ChannelName, req: unknown) => ipcCall(bridge, channel, req) : httpCall;
  const api = {} as Record<ChannelName, (req: unknown) => Promise<unknown>>;
  for (const channel of CHANNELS) {
    api[channel] = async (req) => unwrap(await call(channel, req));
  }
  return api as unknown as HostApi;
}

/** The preload's answer is always a Result; a call that fails without one never reached the host. */
async function ipcCall(bridge: Bridge, channel: ChannelName, req: unknown): Promise<Result<unknown>> {
  let result: Result<unknown> | undefined;
  try {
    result = await (bridge[channel] as (r: unknown) => Promise<Result<unknown>>)(req);
  } catch (e) {
    throw new HostUnreachable((e as Error)?.message ?? String(e));
  }
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') throw new HostUnreachable('no answer');
  return result;
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
    throw new HostUnreachable((e as Error).message);
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    // The connection dropped while the answer was on its way: what happened to the request is unknown.
    throw new HostUnreachable(`the answer (${res.status}) was cut off`);
  }
}

function unwrap(result: Result<unknown>): unknown {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}
