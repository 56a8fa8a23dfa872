import { stepBlock } from '../presentation/blockOrder';
import { currentBoard, presenting, type Action } from './Action';

/** The previous block in reading order (before the first: the whole board). Clickers send PageUp. */
export const actionPresentPrev: Action = {
  name: 'present.prev',
  label: 'presentPrev',
  shortcuts: [{ key: 'ArrowLeft' }, { key: 'PageUp' }],
  undoable: false,
  enabled: presenting,
  perform({ store }) {
    const s = store.getState();
    s.focusBlock(stepBlock(currentBoard(store)!.layout, s.focusedBlockId, -1));
  },
};
