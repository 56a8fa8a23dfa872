import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { perform } from '../actions/dispatcher';
import type { CursorMove } from '../actions/actionCursor';
import type { AppStore } from '../store/createAppStore';

/** Board units one arrow press moves a note; with Shift, five times as far. */
const NUDGE = 20;

const ARROWS: Record<string, { to: CursorMove; dx: number; dy: number }> = {
  ArrowLeft: { to: 'left', dx: -1, dy: 0 },
  ArrowRight: { to: 'right', dx: 1, dy: 0 },
  ArrowUp: { to: 'up', dx: 0, dy: -1 },
  ArrowDown: { to: 'down', dx: 0, dy: 1 },
};

/**
 * The board without a mouse, while the canvas has focus: Tab and Shift+Tab step through blocks
 * and notes, arrow keys step between blocks or move the chosen notes (one undo step a press),
 * Enter writes a new note in the chosen block or edits the chosen note. Keys it uses stop here, so
 * the window's shortcuts do not see them twice; Tab past the last item leaves the canvas.
 */
export function useCanvasKeys(store: AppStore, boardId: string) {
  const [focused, setFocused] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const s = store.getState();
    const handled = (() => {
      if (e.key === 'Tab') return perform(store, 'canvas.cursor', { to: e.shiftKey ? 'prev' : 'next' }) === true;
      const arrow = ARROWS[e.key];
      if (arrow) {
        const step = e.shiftKey ? NUDGE * 5 : NUDGE;
        if (s.selectedNoteIds.length > 0) {
          perform(store, 'note.move', { boardId, ids: s.selectedNoteIds, dx: arrow.dx * step, dy: arrow.dy * step });
        } else perform(store, 'canvas.cursor', { to: arrow.to });
        return true;
      }
      if (e.key === 'Enter' && !e.shiftKey) {
        if (s.selectedNoteIds.length === 1) perform(store, 'editSelected');
        else perform(store, 'note.startNew');
        return true;
      }
      return false;
    })();
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    setFocused(true);
    // Arriving by keyboard with nothing chosen: show the cursor on the first block at once.
    const s = store.getState();
    if (e.currentTarget.matches(':focus-visible') && s.selectedNoteIds.length === 0 && !s.selectedBlockId) {
      perform(store, 'canvas.cursor', { to: 'next' });
    }
  };

  const onBlur = () => setFocused(false);

  return { focused, onKeyDown, onFocus, onBlur };
}
