import type { SearchTarget } from '../../shared/search/searchWorkshop';
import { noteRect } from '../../shared/geometry/boardGeometry';
import { centredOn, fitViewport } from '../canvas/viewport';
import { hasDoc, type Action } from './Action';

/** Below this zoom a note's text is too small to read where it was found. */
const READABLE_SCALE = 0.7;

/**
 * Goes to a search result: opens its board, and for a note centres the view on it and selects it;
 * a table scrolls to the row itself when it sees `revealed`.
 */
export const actionReveal: Action<SearchTarget> = {
  name: 'search.reveal',
  label: 'search',
  shortcuts: [],
  undoable: false,
  enabled: hasDoc,
  perform({ store }, target) {
    const s = store.getState();
    const board = s.doc?.boards[target.boardId];
    if (!board || s.screen.kind !== 'workshop') return;
    s.setScreen({ ...s.screen, boardId: board.id });
    if (target.kind === 'note' && board.layout.kind === 'canvas') {
      const note = s.doc!.notes[target.noteId];
      if (!note) return;
      const r = noteRect(board.layout, note);
      const size = s.canvasSize;
      const current = s.viewports[board.id]?.scale ?? fitViewport(board.layout, size).scale;
      s.setViewport(board.id, centredOn(r, size, Math.max(current, READABLE_SCALE)));
      s.select([note.id]);
      s.selectBlock(note.blockId);
    } else {
      s.select([]);
    }
    s.setRevealed(target);
  },
};
