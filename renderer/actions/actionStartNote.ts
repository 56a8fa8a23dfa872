import { freeSpot } from '../../shared/geometry/freeSpot';
import { translate } from '../../shared/i18n';
import { NOTE_SIZE } from '../../shared/model/Note';
import { currentBoard, onBoard, type Action } from './Action';

/**
 * Opens the editor for a new note in the selected block, in its first free spot. The note itself
 * is made by note.create when the typing is done, so one gesture is one undo step.
 */
export const actionStartNote: Action = {
  name: 'note.startNew',
  label: 'addNote',
  shortcuts: [{ key: 'n' }],
  undoable: false,
  enabled: onBoard,
  perform({ store }) {
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
