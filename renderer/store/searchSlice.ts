import type { StateCreator } from 'zustand';
import type { SearchTarget } from '../../shared/search/searchWorkshop';
import type { AppState } from './types';

export interface SearchSlice {
  searchOpen: boolean;
  /** Kept while the panel is closed, so Ctrl+F comes back to the same list. */
  searchQuery: string;
  /** The place a search result jumped to; `seq` tells two jumps to the same place apart. */
  revealed: { target: SearchTarget; seq: number; at: number } | null;
  setSearchOpen(open: boolean): void;
  setSearchQuery(q: string): void;
  setRevealed(target: SearchTarget | null): void;
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set, get) => ({
  searchOpen: false,
  searchQuery: '',
  revealed: null,
  setSearchOpen(searchOpen) {
    set({ searchOpen });
  },
  setSearchQuery(searchQuery) {
    set({ searchQuery });
  },
  setRevealed(target) {
    set({ revealed: target ? { target, seq: (get().revealed?.seq ?? 0) + 1, at: Date.now() } : null });
  },
});
