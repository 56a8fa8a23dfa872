import { ipcChannelName } from '../ipc/channelName';
import type { PreloadApi } from '../../shared/contract/PreloadApi';
import { PRELOAD_CHANNELS } from './channels';

type Invoke = (wireChannel: string, req: unknown) => Promise<unknown>;

/**
 * One named function per channel, each forwarding exactly one argument. The page gets these
 * closures only, never ipcRenderer, so it cannot reach channels outside the contract.
 */
export function buildApi(invoke: Invoke): PreloadApi {
  const api: Record<string, (req: unknown) => Promise<unknown>> = {};
  for (const name of PRELOAD_CHANNELS) {
    const wire = ipcChannelName(name);
    api[name] = (req: unknown) => invoke(wire, req);
  }
  return Object.freeze(api) as unknown as PreloadApi;
}
