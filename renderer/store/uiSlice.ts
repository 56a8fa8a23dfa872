import type { StateCreator } from 'zustand';
import type { Lang } from '../../shared/i18n';
import type { AppState, UiSlice } from './types';
import { screenFromHash, screenToHash } from './screenHash';

const LANG_KEY = 'cbmc.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  screen: typeof location === 'undefined' ? { kind: 'list' } : screenFromHash(location.hash),
  lang: initialLang(),
  saveState: 'saved',
  toast: null,
  viewports: {},
  canvasSize: { w: 800, h: 600 },
  currentColor: 'yellow',
  setScreen(screen) {
    if (typeof location !== 'undefined') history.replaceState(null, '', screenToHash(screen));
    set({ screen });
  },
  setLang(lang) {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      /* private mode: the choice lasts for this session only */
    }
    document.documentElement.lang = lang;
    set({ lang });
  },
  setSaveState(saveState) {
    set({ saveState });
  },
  showToast(text, kind = 'info', lostText) {
    set({ toast: lostText ? { text, kind, lostText } : { text, kind } });
  },
  setViewport(boardId, v) {
    const viewports = { ...get().viewports };
    if (v) viewports[boardId] = v;
    else delete viewports[boardId]; // no stored viewport means "fit the board"
    set({ viewports });
  },
  setCanvasSize(canvasSize) {
    set({ canvasSize });
  },
  setCurrentColor(currentColor) {
    set({ currentColor });
  },
});
