import { fitViewport, zoomAt } from '../canvas/viewport';
import type { AppStore } from '../store/createAppStore';
import { currentBoard, onBoard, type Action } from './Action';

function zoomBy(store: AppStore, factor: number): void {
  const s = store.getState();
  const board = currentBoard(store);
  if (!board) return;
  const vp = s.viewports[board.id] ?? fitViewport(board.layout, s.canvasSize);
  s.setViewport(board.id, zoomAt(vp, factor, { x: s.canvasSize.w / 2, y: s.canvasSize.h / 2 }));
}

export const actionZoomIn: Action = {
  name: 'zoomIn',
  label: 'zoomIn',
  shortcuts: [{ key: '+' }, { key: '=' }, { key: '=', mod: true }],
  enabled: onBoard,
  perform: (store) => zoomBy(store, 1.25),
};

export const actionZoomOut: Action = {
  name: 'zoomOut',
  label: 'zoomOut',
  shortcuts: [{ key: '-' }, { key: '-', mod: true }],
  enabled: onBoard,
  perform: (store) => zoomBy(store, 1 / 1.25),
};

export const actionFit: Action = {
  name: 'fit',
  label: 'fit',
  shortcuts: [{ key: '0', mod: true }, { key: '!', shift: true }],
  enabled: onBoard,
  perform(store) {
    const board = currentBoard(store);
    if (board) store.getState().setViewport(board.id, null);
  },
};
