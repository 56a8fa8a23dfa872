import { hasDoc, type Action } from './Action';

export const actionTimerStop: Action = {
  name: 'timer.stop',
  label: 'timerStop',
  shortcuts: [],
  undoable: false,
  enabled: (store) => hasDoc(store) && store.getState().timer !== null,
  perform({ store }) {
    const s = store.getState();
    s.stopTimer(s.doc!.workshop.id);
  },
};
