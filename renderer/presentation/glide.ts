import type { AppStore } from '../store/createAppStore';
import type { Viewport } from '../store/types';

export const GLIDE_MS = 400;

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

let running: { cancel(): void } | null = null;

/** Stops a glide under way where it is (leaving presentation mode must not be overwritten by its next frame). */
export function stopGlide(): void {
  running?.cancel();
}

/**
 * Moves the board's view from `from` to `to` over GLIDE_MS, one step per animation frame, eased.
 * The zoom changes geometrically and the point at the centre of the window travels in a straight
 * line, so the motion looks even at every zoom. A new glide replaces one under way.
 */
export function glide(
  store: AppStore,
  boardId: string,
  from: Viewport,
  to: Viewport,
  size: { w: number; h: number },
  ms = GLIDE_MS,
): Promise<void> {
  running?.cancel();
  const api = (window as unknown as { __cbmc?: Record<string, unknown> }).__cbmc;
  const centre = (v: Viewport) => ({ x: (size.w / 2 - v.x) / v.scale, y: (size.h / 2 - v.y) / v.scale });
  const c0 = centre(from);
  const c1 = centre(to);
  const ratio = Math.log(to.scale / from.scale);
  return new Promise((resolve) => {
    let frame = 0;
    let start: number | null = null;
    const finish = () => {
      running = null;
      if (api) api.gliding = false;
      resolve();
    };
    const step = (now: number) => {
      start ??= now;
      const t = ms <= 0 ? 1 : Math.min(1, (now - start) / ms);
      const k = easeInOutCubic(t);
      const scale = from.scale * Math.exp(ratio * k);
      const cx = c0.x + (c1.x - c0.x) * k;
      const cy = c0.y + (c1.y - c0.y) * k;
      store.getState().setViewport(boardId, t >= 1 ? to : { scale, x: size.w / 2 - cx * scale, y: size.h / 2 - cy * scale });
      if (t >= 1) return finish();
      frame = requestAnimationFrame(step);
    };
    running = {
      cancel() {
        cancelAnimationFrame(frame);
        finish();
      },
    };
    if (api) api.gliding = true;
    frame = requestAnimationFrame(step);
  });
}
