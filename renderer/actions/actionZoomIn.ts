import { onBoard, type Action } from './Action';
import { zoomBy } from './zoomBy';

export const actionZoomIn: Action = {
  name: 'zoomIn',
  label: 'zoomIn',
  shortcuts: [{ key: '+' }, { key: '=' }, { key: '=', mod: true }],
  undoable: false,
  enabled: onBoard,
  perform: ({ store }) => zoomBy(store, 1.25),
};
