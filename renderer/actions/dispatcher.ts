import type { AppStore } from '../store/createAppStore';
import { isTyping } from '../canvas/useCanvasGestures';
import type { Action, Shortcut } from './Action';
import { actionAddNote } from './actionAddNote';
import { actionDelete } from './actionDelete';
import { actionDuplicate } from './actionDuplicate';
import { actionRedo } from './actionRedo';
import { actionDeselect, actionEditSelected, actionSelectAll } from './actionSelectAll';
import { actionUndo } from './actionUndo';
import { actionFit, actionZoomIn, actionZoomOut } from './actionZoom';

export const ACTIONS: readonly Action[] = [
  actionUndo, actionRedo, actionAddNote, actionDelete, actionDuplicate,
  actionZoomIn, actionZoomOut, actionFit, actionSelectAll, actionEditSelected, actionDeselect,
];

export function matches(s: Shortcut, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey || Boolean(s.mod) !== mod) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== s.key.toLowerCase() && e.key !== s.key) return false;
  // Shift matters for letters (Ctrl+Z vs Ctrl+Shift+Z); symbols like '+' need it to be typed at all.
  return /^[a-z]$/i.test(s.key) ? Boolean(s.shift) === e.shiftKey : true;
}

/** Finds the one action a key press means. Two enabled matches would be a bug: do neither. */
export function actionForKey(store: AppStore, e: KeyboardEvent): Action | null {
  if (isTyping(e.target)) return null;
  const hits = ACTIONS.filter((a) => a.shortcuts.some((s) => matches(s, e)) && a.enabled(store));
  if (hits.length > 1) console.warn(`ambiguous shortcut ${e.key}: ${hits.map((a) => a.name).join(', ')}`);
  return hits.length === 1 ? hits[0]! : null;
}

export function installShortcuts(store: AppStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    const action = actionForKey(store, e);
    if (!action) return;
    e.preventDefault();
    action.perform(store);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

export function run(store: AppStore, action: Action): void {
  if (action.enabled(store)) action.perform(store);
}
