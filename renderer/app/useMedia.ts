import { useCallback, useSyncExternalStore } from 'react';

/** A phone, or anything held in the hand: a narrow window or a finger as the main pointer. */
export const PHONE_QUERY = '(max-width: 700px), (pointer: coarse)';
/** A finger is the main pointer (hints speak of taps rather than clicks). */
export const TOUCH_QUERY = '(pointer: coarse)';

/** Whether a CSS media query matches now; follows rotation and window resizes. */
export function useMedia(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const q = window.matchMedia(query);
      q.addEventListener('change', changed);
      return () => q.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
