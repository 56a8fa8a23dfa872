import { onBoard, type Action } from './Action';

export const actionDeselect: Action = {
  name: 'deselect',
  label: 'cancel',
  shortcuts: [{ key: 'Escape' }],
  undoable: false,
  enabled: onBoard,
  perform: ({ store }) => store.getState().select([]),
};
