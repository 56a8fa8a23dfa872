import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract/contract';
import type { Result } from '../../shared/contract/HostError';

/**
 * What the preload exposes as `window.cbmc`: one function per contract channel, each answering a
 * Result envelope (errors never throw across IPC). The renderer imports this type only.
 */
export type PreloadApi = { [C in ChannelName]: (req: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

declare global {
  interface Window {
    /** Present only inside Electron; the renderer falls back to HTTP without it. */
    cbmc?: PreloadApi;
  }
}
