import type { MessageKey } from '../../shared/i18n';
import type { Op } from '../../shared/ops';
import type { AppStore } from '../store/createAppStore';
import type { ActionName } from './actionNames';

/** A key combination; `mod` is Ctrl (or Cmd on macOS). */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** What an action works with: the store, and a commit that honours the action's `undoable`. */
export interface ActionContext {
  store: AppStore;
  /** Applies ops on screen, queues them for the host and (if undoable) records them; false if refused. */
  commit(ops: Op[]): boolean;
}

/**
 * One thing a user can do: its name, label, shortcuts, when it is available, whether what it does
 * can be undone, and what it does. `A` is what it needs to know (nothing, for a key press).
 */
export interface Action<A = void, R = void> {
  name: ActionName;
  label: MessageKey;
  shortcuts: readonly Shortcut[];
  /** Whether its ops go on the undo stack; actions that change no document say false. */
  undoable: boolean;
  enabled(store: AppStore, args: A): boolean;
  perform(ctx: ActionContext, args: A): R;
}

/** Any action, whatever it needs and answers (for the table of all actions). */
export type AnyAction = Omit<Action<never, unknown>, 'enabled' | 'perform'> & {
  enabled(store: AppStore, args: never): boolean;
  perform(ctx: ActionContext, args: never): unknown;
};

/** Fits when a board is open and nothing is being typed into a note. */
export const onBoard = (store: AppStore): boolean => {
  const s = store.getState();
  return (
    s.doc !== null &&
    s.screen.kind === 'workshop' &&
    s.screen.boardId !== null &&
    s.editingNoteId === null &&
    s.draft === null &&
    !s.presenting
  );
};

/** Fits when a workshop document is open. */
export const hasDoc = (store: AppStore): boolean => store.getState().doc !== null;

export const currentBoard = (store: AppStore) => {
  const s = store.getState();
  const id = s.screen.kind === 'workshop' ? s.screen.boardId : null;
  const board = id ? s.doc?.boards[id] : undefined;
  return board && board.layout.kind === 'canvas'
    ? (board as typeof board & { layout: typeof board.layout & { kind: 'canvas' } })
    : undefined;
};

/** The open document; actions run only when `enabled`, which checks there is one. */
export const docOf = (store: AppStore) => store.getState().doc!;

/** Fits while presentation mode is on (editing actions are off then: onBoard says no). */
export const presenting = (store: AppStore): boolean => store.getState().presenting && currentBoard(store) !== undefined;
