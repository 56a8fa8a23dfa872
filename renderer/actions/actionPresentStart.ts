import { currentBoard, type Action } from './Action';

/** Shows the open canvas alone, full screen where the browser allows it (a full-window view otherwise). */
export const actionPresentStart: Action = {
  name: 'present.start',
  label: 'presentStartTitle',
  shortcuts: [{ key: 'F5' }],
  undoable: false,
  enabled(store) {
    const s = store.getState();
    return !s.presenting && currentBoard(store) !== undefined && s.editingNoteId === null && s.draft === null;
  },
  perform({ store }) {
    const board = currentBoard(store)!;
    const s = store.getState();
    s.select([]);
    s.selectBlock(null);
    s.setPresenting(true, { boardId: board.id, viewport: s.viewports[board.id] ?? null });
    // Refused outside a user gesture or by policy: the full-window view is shown all the same.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  },
};
