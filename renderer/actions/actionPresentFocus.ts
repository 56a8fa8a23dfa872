import { currentBoard, presenting, type Action } from './Action';

/** Focuses the block the facilitator clicked (null: the whole board). */
export const actionPresentFocus: Action<{ blockId: string | null }> = {
  name: 'present.focus',
  label: 'presentFocus',
  shortcuts: [],
  undoable: false,
  enabled: (store, { blockId }) =>
    presenting(store) && (blockId === null || currentBoard(store)!.layout.blocks.some((b) => b.id === blockId)),
  perform: ({ store }, { blockId }) => store.getState().focusBlock(blockId),
};
