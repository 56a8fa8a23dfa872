import type { ChannelName } from '../../shared/contract/contract';

/**
 * The wire name of a contract channel. Shared by preload and main so both sides agree; pure and
 * type-only on the contract so the sandboxed preload bundle stays free of zod.
 */
export const IPC_PREFIX = 'cbmc:';

export function ipcChannelName(channel: ChannelName): string {
  return IPC_PREFIX + channel;
}
