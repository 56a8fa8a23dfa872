import type { ChannelName, RequestOf, ResponseOf } from './contract';
import type { Result } from './HostError';

/**
 * What Electron's preload exposes as `window.cbmc`: one function per contract channel, each answering
 * a Result envelope (errors never throw across IPC). The preload builds it; the renderer calls it.
 */
export type PreloadApi = { [C in ChannelName]: (req: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };
