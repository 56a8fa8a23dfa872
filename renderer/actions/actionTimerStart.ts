import { hasDoc, type Action } from './Action';

/** The longest countdown offered: a whole day's session. */
export const MAX_TIMER_MINUTES = 600;

/** Starts (or restarts) the countdown for this workshop. Screen state: nothing goes into the document. */
export const actionTimerStart: Action<{ minutes: number }> = {
  name: 'timer.start',
  label: 'timerStart',
  shortcuts: [],
  undoable: false,
  enabled: (store, { minutes }) => hasDoc(store) && Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_TIMER_MINUTES,
  perform({ store }, { minutes }) {
    const s = store.getState();
    s.startTimer(s.doc!.workshop.id, minutes);
  },
};
