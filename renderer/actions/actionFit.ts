import { currentBoard, onBoard, type Action } from './Action';

/** Fits the whole board in the window (no stored viewport means "fit"). */
export const actionFit: Action = {
  name: 'fit',
  label: 'fit',
  shortcuts: [
    { key: '0', mod: true },
    { key: '!', shift: true },
  ],
  undoable: false,
  enabled: onBoard,
  perform({ store }) {
    const board = currentBoard(store);
    if (board) store.getState().setViewport(board.id, null);
  },
};
