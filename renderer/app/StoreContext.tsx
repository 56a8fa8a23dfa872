import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from '../store/types';
import type { AppStore } from '../store/createAppStore';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside <StoreContext.Provider>');
  return store;
}

/** Selects the smallest piece of state a component needs. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
