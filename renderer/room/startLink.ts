import { SyncClient } from '../../shared/room/SyncClient';
import type { StartLink } from '../store/roomSlice';

/** The page's room client: the shared SyncClient over whatever socket the options connect. */
export const startLink: StartLink = (opts) => new SyncClient(opts);
