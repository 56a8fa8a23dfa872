import { onBoard, type Action } from './Action';
import { zoomBy } from './zoomBy';

export const actionZoomOut: Action = {
  name: 'zoomOut',
  label: 'zoomOut',
  shortcuts: [{ key: '-' }, { key: '-', mod: true }],
  undoable: false,
  enabled: onBoard,
  perform: ({ store }) => zoomBy(store, 1 / 1.25),
};
