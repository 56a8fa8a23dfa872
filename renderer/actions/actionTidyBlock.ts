import { tidyBlockOps } from '../../shared/edits/tidy';
import { currentBoard, onBoard, type Action } from './Action';

/** Lays the chosen block's notes out in a tidy grid, as print does; one undo step. */
export const actionTidyBlock: Action<void, boolean> = {
  name: 'block.tidy',
  label: 'tidyBlock',
  shortcuts: [],
  undoable: true,
  enabled: (store) => onBoard(store) && store.getState().selectedBlockId !== null,
  perform({ store, commit }) {
    const s = store.getState();
    const board = currentBoard(store);
    if (!board || !s.doc || !s.selectedBlockId) return false;
    return commit(tidyBlockOps(s.doc, { boardId: board.id, blockId: s.selectedBlockId }));
  },
};
