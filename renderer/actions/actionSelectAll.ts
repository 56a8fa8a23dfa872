import { currentBoard, onBoard, type Action } from './Action';

export const actionSelectAll: Action = {
  name: 'selectAll',
  label: 'selectAll',
  shortcuts: [{ key: 'a', mod: true }],
  undoable: false,
  enabled: onBoard,
  perform({ store }) {
    const s = store.getState();
    const board = currentBoard(store);
    if (!board || !s.doc) return;
    s.select(
      Object.values(s.doc.notes)
        .filter((n) => n.boardId === board.id)
        .map((n) => n.id),
    );
  },
};
