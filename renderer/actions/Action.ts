import type { MessageKey } from '../../shared/i18n';
import type { AppStore } from '../store/createAppStore';

/** A key combination; `mod` is Ctrl (or Cmd on macOS). */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** One thing a user can do, with its label, its shortcuts and when it is available. */
export interface Action {
  name: string;
  label: MessageKey;
  shortcuts: Shortcut[];
  enabled(store: AppStore): boolean;
  perform(store: AppStore): void;
}

/** Fits when a board is open and nothing is being typed into a note. */
export const onBoard = (store: AppStore): boolean => {
  const s = store.getState();
  return s.doc !== null && s.screen.kind === 'workshop' && s.screen.boardId !== null && s.editingNoteId === null && s.draft === null;
};

export const currentBoard = (store: AppStore) => {
  const s = store.getState();
  const id = s.screen.kind === 'workshop' ? s.screen.boardId : null;
  const board = id ? s.doc?.boards[id] : undefined;
  return board && board.layout.kind === 'canvas' ? (board as typeof board & { layout: typeof board.layout & { kind: 'canvas' } }) : undefined;
};
