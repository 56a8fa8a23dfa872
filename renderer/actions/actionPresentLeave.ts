import { stopGlide } from '../presentation/glide';
import type { Action } from './Action';

/** Back to the editor, with the view it had before. */
export const actionPresentLeave: Action = {
  name: 'present.leave',
  label: 'presentLeave',
  shortcuts: [{ key: 'Escape' }],
  undoable: false,
  enabled: (store) => store.getState().presenting,
  perform({ store }) {
    const s = store.getState();
    const before = s.viewportBeforePresenting;
    stopGlide();
    s.setPresenting(false);
    if (before) s.setViewport(before.boardId, before.viewport);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  },
};
