import { currentBoard, onBoard, type Action } from './Action';

export const actionSelectAll: Action = {
  name: 'selectAll',
  label: 'selectAll',
  shortcuts: [{ key: 'a', mod: true }],
  enabled: onBoard,
  perform(store) {
    const s = store.getState();
    const board = currentBoard(store);
    if (!board || !s.doc) return;
    s.select(Object.values(s.doc.notes).filter((n) => n.boardId === board.id).map((n) => n.id));
  },
};

export const actionEditSelected: Action = {
  name: 'editSelected',
  label: 'edit',
  shortcuts: [{ key: 'Enter' }, { key: 'F2' }],
  enabled: (store) => onBoard(store) && store.getState().selectedNoteIds.length === 1,
  perform: (store) => store.getState().startEditing(store.getState().selectedNoteIds[0]!),
};

export const actionDeselect: Action = {
  name: 'deselect',
  label: 'cancel',
  shortcuts: [{ key: 'Escape' }],
  enabled: onBoard,
  perform: (store) => store.getState().select([]),
};
