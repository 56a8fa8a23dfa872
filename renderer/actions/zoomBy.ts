import { fitViewport, zoomAt } from '../canvas/viewport';
import type { AppStore } from '../store/createAppStore';
import { currentBoard } from './Action';

/** Zooms the open board around the middle of the canvas area. */
export function zoomBy(store: AppStore, factor: number): void {
  const s = store.getState();
  const board = currentBoard(store);
  if (!board) return;
  const vp = s.viewports[board.id] ?? fitViewport(board.layout, s.canvasSize);
  s.setViewport(board.id, zoomAt(vp, factor, { x: s.canvasSize.w / 2, y: s.canvasSize.h / 2 }));
}
