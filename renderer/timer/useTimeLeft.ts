import { useEffect, useRef, useState } from 'react';
import { useApp } from '../app/StoreContext';
import { beep } from './beep';

/**
 * Milliseconds left on the workshop's countdown (0 once it has run out, null with no timer),
 * updated a few times a second. Beeps once when it reaches zero while the page is open and the
 * sound is on; a timer that ran out before a reload stays silent.
 */
export function useTimeLeft(sound: boolean): number | null {
  const timer = useApp((s) => s.timer);
  const muted = useApp((s) => s.timerMuted);
  const [now, setNow] = useState(() => Date.now());
  const wasRunning = useRef(false);
  // `now` is from the last tick, which may predate a timer just started: never show more than was set.
  const left = timer ? Math.max(0, Math.min(timer.minutes * 60_000, timer.endsAt - now)) : null;

  useEffect(() => {
    if (!timer) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    setNow(Date.now());
    return () => clearInterval(id);
  }, [timer]);

  useEffect(() => {
    if (left === null) return void (wasRunning.current = false);
    if (left > 0) return void (wasRunning.current = true);
    if (wasRunning.current && sound && !muted) beep();
    wasRunning.current = false;
  }, [left, sound, muted]);

  return left;
}

/** 4:05, or 1:02:03 past an hour. */
export function formatTimeLeft(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
