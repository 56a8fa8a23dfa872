import type { StateCreator } from 'zustand';
import type { AppState, PresentationSlice } from './types';

/** Presentation mode is screen state only: entering, leaving and focusing change no document. */
export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => ({
  presenting: false,
  focusedBlockId: null,
  viewportBeforePresenting: null,
  setPresenting(presenting, before = null) {
    set({ presenting, focusedBlockId: null, viewportBeforePresenting: before });
  },
  focusBlock(focusedBlockId) {
    set({ focusedBlockId });
  },
});
