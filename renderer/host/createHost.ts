import { CHANNELS, type ChannelName, type HostApi } from '../../shared/contract/contract';
import { HostError, type Result } from '../../shared/contract/HostError';
import { isMessageKey } from '../../shared/i18n';
import { HostUnreachable } from './HostUnreachable';
import type { PreloadApi } from '../../shared/contract/PreloadApi';

// window.cbmc, the preload's one function per contract channel, is declared in ./bridge.d.ts.
type Bridge = PreloadApi;

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
  const { code, message, key, vars } = result.error;
  throw new HostError(code, message, isMessageKey(key) ? key : undefined, vars);
}
