import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { CHANNELS, type HostApi } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/HostError';
import { dispatch } from '../services/dispatch';
import { ipcChannelName } from './channelName';

export type SenderCheck = (frame: WebFrameMain | null) => boolean;

/**
 * Registers every contract channel on ipcMain through one wrapper: refuse pages that are not ours,
 * then hand the payload to `dispatch` (the one validation gate). Handlers never throw: the renderer
 * always receives a Result. Returns a function that removes the handlers again.
 */
export function registerHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: HostApi,
  isTrustedSender: SenderCheck,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'invalid', message: 'request from an untrusted page' } } satisfies Result<never>;
      }
      return toWire(await dispatch(services, channel, payload));
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(ipcChannelName(channel));
  };
}

/**
 * IPC uses structured clone, which keeps only name/message of an Error instance: copy the error
 * into a plain object so its `code` reaches the renderer.
 */
function toWire(result: Result<unknown>): Result<unknown> {
  if (result.ok) return result;
  return { ok: false, error: { code: result.error.code, message: result.error.message } };
}
