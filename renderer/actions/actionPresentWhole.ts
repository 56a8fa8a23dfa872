import { presenting, type Action } from './Action';

/** The whole board again. */
export const actionPresentWhole: Action = {
  name: 'present.whole',
  label: 'presentWhole',
  shortcuts: [{ key: 'Home' }],
  undoable: false,
  enabled: presenting,
  perform: ({ store }) => store.getState().focusBlock(null),
};
