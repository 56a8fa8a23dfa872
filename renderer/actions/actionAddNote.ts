import { NOTE_SIZE } from '../../shared/model/Note';
import { freeSpot } from '../../shared/geometry/freeSpot';
import { translate } from '../../shared/i18n';
import { currentBoard, onBoard, type Action } from './Action';

/** Adds a note to the selected block, in the first free spot, ready for typing. */
export const actionAddNote: Action = {
  name: 'addNote',
  label: 'addNote',
  shortcuts: [{ key: 'n' }],
  enabled: onBoard,
  perform(store) {
    const s = store.getState();
    const board = currentBoard(store);
    if (!board || !s.doc) return;
    if (!s.selectedBlockId) return s.showToast(translate(s.lang, 'selectBlockFirst'));
    const notes = Object.values(s.doc.notes).filter((n) => n.boardId === board.id);
    const spot = freeSpot(board.layout, s.selectedBlockId, notes, NOTE_SIZE.w, NOTE_SIZE.h);
    s.select([]);
    s.startEditing(null, { boardId: board.id, blockId: s.selectedBlockId, x: spot.x, y: spot.y, color: s.currentColor });
  },
};
