import { afterEach, describe, expect, it } from 'vitest';
import { createHost } from '../../renderer/host/createHost';
import { HostUnreachable, isWorthRetrying } from '../../renderer/host/HostUnreachable';
import { HostError } from '../../shared/contract/HostError';

const g = globalThis as { window?: unknown; fetch: typeof fetch };
const realFetch = g.fetch;
afterEach(() => {
  delete g.window;
  g.fetch = realFetch;
});

const req = { workshopId: 'w1' as never, ops: [{ type: 'workshop.patch' as const, patch: { name: 'x' } }] };

/** One ops.apply through a host made for the window as it is now; what it threw, or its answer. */
async function applyFailure(): Promise<unknown> {
  const host = createHost();
  return host['ops.apply'](req).catch((e: unknown) => e);
}

describe('"could not reach the host" is told apart from "the host refused"', () => {
  it('Electron: an IPC call that fails without an answer is unreachable; an answered error is a refusal', async () => {
    g.window = { cbmc: { 'ops.apply': () => Promise.reject(new Error('render frame was disposed')) } };
    const e1 = await applyFailure();
    expect(e1).toBeInstanceOf(HostUnreachable);
    expect(isWorthRetrying(e1)).toBe(true);

    g.window = { cbmc: { 'ops.apply': async () => ({ ok: false, error: { code: 'conflict', message: 'note "n9" does not exist' } }) } };
    const e2 = await applyFailure();
    expect(e2).toBeInstanceOf(HostError);
    expect(e2).not.toBeInstanceOf(HostUnreachable);
    expect(isWorthRetrying(e2)).toBe(false);
  });

  it('HTTP: a failed fetch or a cut-off answer is unreachable; a 409 with its body is a refusal; a 503 is retried', async () => {
    g.window = {};
    g.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await applyFailure()).toBeInstanceOf(HostUnreachable);

    g.fetch = async () => new Response('{"ok":tr', { status: 200 });
    expect(await applyFailure()).toBeInstanceOf(HostUnreachable);

    g.fetch = async () => new Response(JSON.stringify({ ok: false, error: { code: 'conflict', message: 'no' } }), { status: 409 });
    const refused = await applyFailure();
    expect([refused instanceof HostUnreachable, isWorthRetrying(refused)]).toEqual([false, false]);

    g.fetch = async () =>
      new Response(JSON.stringify({ ok: false, error: { code: 'unavailable', message: 'disk full' } }), { status: 503 });
    expect(isWorthRetrying(await applyFailure())).toBe(true);
  });
});
