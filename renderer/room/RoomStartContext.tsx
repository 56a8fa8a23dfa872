import { createContext, useContext } from 'react';
import type { StartLink } from '../store/roomSlice';

/** How this page starts a room client (the real SyncClient; tests may give another). */
export const RoomStartContext = createContext<StartLink | null>(null);

export function useRoomStart(): StartLink | null {
  return useContext(RoomStartContext);
}
