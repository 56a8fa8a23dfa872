import { isTyping } from '../app/isTyping';
import type { AppStore } from '../store/createAppStore';
import type { Action, ActionContext, Shortcut } from './Action';
import type { ActionName } from './actionNames';
import { ACTIONS, type ArgsOf, type ResultOf } from './registry';

/** No argument for actions that need none; otherwise exactly their arguments. */
type ArgsFor<N extends ActionName> = ArgsOf<N> extends void ? [] : [ArgsOf<N>];

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { target?: EventTarget | null };

/** The actions a key can start: those with shortcuts (they need no arguments). */
const KEYED = (Object.values(ACTIONS) as Action<unknown, unknown>[]).filter((a) => a.shortcuts.length > 0);

/**
 * The one way to run an action: by name with its arguments. Runs it only when it is enabled, with a
 * commit that honours its `undoable`; answers what it answers, or null when it was not enabled.
 */
export function perform<N extends ActionName>(store: AppStore, name: N, ...args: ArgsFor<N>): ResultOf<N> | null {
  const action = ACTIONS[name] as unknown as Action<unknown, ResultOf<N>>;
  const a = args[0];
  if (!action.enabled(store, a)) return null;
  const ctx: ActionContext = { store, commit: (ops) => store.getState().commit(ops, { undoable: action.undoable }) };
  return action.perform(ctx, a);
}

/** Whether an action can run now (for enabling its button). */
export function isEnabled<N extends ActionName>(store: AppStore, name: N, ...args: ArgsFor<N>): boolean {
  return (ACTIONS[name] as unknown as Action<unknown, unknown>).enabled(store, args[0]);
}

export function matches(s: Shortcut, e: KeyLike): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey || Boolean(s.mod) !== mod) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== s.key.toLowerCase() && e.key !== s.key) return false;
  // Shift matters for letters (Ctrl+Z vs Ctrl+Shift+Z); symbols like '+' need it to be typed at all.
  return /^[a-z]$/i.test(s.key) ? Boolean(s.shift) === e.shiftKey : true;
}

/**
 * The one action a key press means. Two enabled matches would be a bug in the shortcut table:
 * do neither, and say so in the console.
 */
export function actionForKey(
  store: AppStore,
  e: KeyLike,
  actions: readonly Action<unknown, unknown>[] = KEYED,
): Action<unknown, unknown> | null {
  if (isTyping(e.target ?? null)) return null;
  const hits = actions.filter((a) => a.shortcuts.some((s) => matches(s, e)) && a.enabled(store, undefined));
  if (hits.length > 1) console.warn(`ambiguous shortcut ${e.key}: ${hits.map((a) => a.name).join(', ')}`);
  return hits.length === 1 ? hits[0]! : null;
}

export function installShortcuts(store: AppStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    const action = actionForKey(store, e);
    if (!action) return;
    e.preventDefault();
    perform(store, action.name as never);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
