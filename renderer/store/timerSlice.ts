import type { StateCreator } from 'zustand';
import type { AppState, TimerSlice, TimerState } from './types';

const timerKey = (workshopId: string) => `cbmc.timer.${workshopId}`;
const MUTED_KEY = 'cbmc.timer.muted';

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage unavailable: the timer lasts until reload */
  }
}

/** A stored timer, if it is one: anything else (hand-edited, older) is ignored. */
function readTimer(workshopId: string): TimerState | null {
  const v = readJson(timerKey(workshopId)) as Partial<TimerState> | null;
  if (!v || typeof v.endsAt !== 'number' || typeof v.minutes !== 'number' || !Number.isFinite(v.endsAt)) return null;
  return { workshopId, endsAt: v.endsAt, minutes: v.minutes };
}

/**
 * The facilitator's countdown. It is screen state, not part of the workshop: it is kept in this
 * browser's localStorage per workshop as its end time, so a reload shows the same time left.
 */
export const createTimerSlice: StateCreator<AppState, [], [], TimerSlice> = (set) => ({
  timer: null,
  timerMuted: readJson(MUTED_KEY) === true,
  loadTimer(workshopId) {
    set({ timer: readTimer(workshopId) });
  },
  startTimer(workshopId, minutes, now = Date.now()) {
    const timer = { workshopId, minutes, endsAt: now + minutes * 60_000 };
    write(timerKey(workshopId), { endsAt: timer.endsAt, minutes });
    set({ timer });
  },
  stopTimer(workshopId) {
    write(timerKey(workshopId), null);
    set({ timer: null });
  },
  setTimerMuted(timerMuted) {
    write(MUTED_KEY, timerMuted);
    set({ timerMuted });
  },
});
