/** A Storage like the page's localStorage, in memory, that can be given a quota in characters. */
export function memoryStorage(quotaChars = Infinity): Storage & { entries(): Record<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      const without = used() - (map.has(k) ? k.length + map.get(k)!.length : 0);
      if (without + k.length + v.length > quotaChars) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    entries: () => Object.fromEntries(map),
  };
}

/** Timers that run only when the test moves the clock: backoff without waiting. */
export function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    setTimer: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    now: () => now,
    /** The delays of the timers waiting now, from now. */
    waiting: () => [...timers.values()].map((t) => t.at - now),
    /** Moves time on, running each timer that comes due (in order), letting promises settle between. */
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

/** Lets queued microtasks (a fake host's answers) run. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
