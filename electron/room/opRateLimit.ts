import { RATE_OPS, RATE_WINDOW_MS } from '../../shared/room/protocol';

/**
 * Ops one connection may send per window. A fixed window is enough here: the aim is that one
 * runaway or hostile page cannot flood the host's single SQLite writer, and that a person who is
 * refused is told why in words (never a silent drop).
 */
export function createOpRateLimit(opts: { ops?: number; windowMs?: number; now?: () => number } = {}) {
  const limit = opts.ops ?? RATE_OPS;
  const windowMs = opts.windowMs ?? RATE_WINDOW_MS;
  const now = opts.now ?? Date.now;
  let windowStart = -Infinity;
  let used = 0;
  return {
    limit,
    windowMs,
    /** Counts `n` ops; false (and nothing counted) when they would go over the limit. */
    take(n: number): boolean {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        used = 0;
      }
      if (used + n > limit) return false;
      used += n;
      return true;
    },
  };
}
