import type { Action } from './Action';

/** Turns the end-of-time sound off or on (remembered in this browser for every workshop). */
export const actionTimerMute: Action = {
  name: 'timer.toggleMute',
  label: 'timerMute',
  shortcuts: [],
  undoable: false,
  enabled: () => true,
  perform({ store }) {
    const s = store.getState();
    s.setTimerMuted(!s.timerMuted);
  },
};
