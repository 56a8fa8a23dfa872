import { useState } from 'react';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { isEnabled, perform } from '../actions/dispatcher';
import { MAX_TIMER_MINUTES } from '../actions/actionTimerStart';
import { formatTimeLeft, useTimeLeft } from './useTimeLeft';

const PRESETS = [5, 10, 15] as const;

/**
 * The countdown in the editor's top bar: time left (or a button to set one), and a small menu to
 * start 5, 10, 15 or any number of minutes, stop, and mute. `sound` is off for a second copy of the
 * clock on the same screen, so the end is heard once.
 */
export function TimerControl({ big = false, sound = true }: { big?: boolean; sound?: boolean }) {
  const store = useAppStore();
  const t = useT();
  const left = useTimeLeft(sound);
  const muted = useApp((s) => s.timerMuted);
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string | null>(null);

  const start = (minutes: number) => {
    if (!isEnabled(store, 'timer.start', { minutes })) return setError(t('timerBadMinutes'));
    perform(store, 'timer.start', { minutes });
    setError(null);
    setOpen(false);
  };
  const done = left === 0;

  return (
    <div className={`timer${big ? ' big' : ''}${done ? ' done' : ''}`} data-testid={big ? 'timer-big' : 'timer'}>
      <button
        className="timer-face"
        data-testid={big ? 'timer-big-face' : 'timer-face'}
        aria-expanded={open}
        title={t('timer')}
        onClick={() => setOpen(!open)}
      >
        <span data-testid={big ? 'timer-big-left' : 'timer-left'}>
          {left === null ? t('timer') : done ? t('timerDone') : formatTimeLeft(left)}
        </span>
      </button>
      {open && (
        <div className="timer-menu" role="menu" data-testid="timer-menu">
          {PRESETS.map((m) => (
            <button key={m} role="menuitem" data-testid={`timer-${m}`} onClick={() => start(m)}>
              {t('timerMinutes', { n: m })}
            </button>
          ))}
          <form
            className="timer-custom"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              start(Number(custom.replace(',', '.')));
            }}
          >
            <input
              type="number"
              min={1}
              max={MAX_TIMER_MINUTES}
              step="any"
              inputMode="decimal"
              aria-label={t('timerCustom')}
              data-testid="timer-custom"
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
            />
            <button type="submit">{t('timerStart')}</button>
          </form>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="timer-row">
            <button
              role="menuitem"
              data-testid="timer-stop"
              disabled={left === null}
              onClick={() => {
                perform(store, 'timer.stop');
                setOpen(false);
              }}
            >
              {t('timerStop')}
            </button>
            <button
              role="menuitemcheckbox"
              aria-checked={muted}
              data-testid="timer-mute"
              onClick={() => perform(store, 'timer.toggleMute')}
            >
              {muted ? t('timerUnmute') : t('timerMute')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
