import { stepBlock } from '../presentation/blockOrder';
import { currentBoard, presenting, type Action } from './Action';

/** The next block in reading order (after the last: the whole board). Presentation clickers send PageDown. */
export const actionPresentNext: Action = {
  name: 'present.next',
  label: 'presentNext',
  shortcuts: [{ key: 'ArrowRight' }, { key: 'PageDown' }],
  undoable: false,
  enabled: presenting,
  perform({ store }) {
    const s = store.getState();
    s.focusBlock(stepBlock(currentBoard(store)!.layout, s.focusedBlockId, 1));
  },
};
