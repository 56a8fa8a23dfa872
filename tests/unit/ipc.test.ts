import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type ChannelName, type HostApi } from '../../shared/contract/contract';
import { HostError } from '../../shared/contract/HostError';
import { ipcChannelName } from '../../electron/ipc/channelName';
import { registerHandlers } from '../../electron/ipc/registerHandlers';
import { trustedSenderFor } from '../../electron/main/appUrl';

// registerHandlers needs only types from 'electron'; the mock guards against a runtime import creeping in.
vi.mock('electron', () => ({}));

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** Behaves like ipcMain: a second handler for one channel is an error. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const handleCalls: string[] = [];
  return {
    handlers,
    handleCalls,
    handle: vi.fn((channel: string, listener: Listener) => {
      handleCalls.push(channel);
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
}

function fakeServices(): HostApi {
  const services = {} as Record<ChannelName, ReturnType<typeof vi.fn>>;
  for (const c of CHANNELS) services[c] = vi.fn(async () => ({ from: c }));
  return services as unknown as HostApi;
}

const INDEX = '/opt/cbmc/dist/renderer/index.html';
const OUR_PAGE = { url: `file://${INDEX}#/workshops` };
const isTrusted = trustedSenderFor(INDEX);

function setup() {
  const ipc = fakeIpcMain();
  const services = fakeServices();
  const unregister = registerHandlers(ipc, services, isTrusted);
  const call = (c: ChannelName, payload: unknown, frame: { url: string } | null = OUR_PAGE) =>
    ipc.handlers.get(ipcChannelName(c))!({ senderFrame: frame }, payload);
  return { ipc, services, unregister, call };
}

describe('registerHandlers', () => {
  it('registers exactly one handler per contract channel, under cbmc:<channel>', () => {
    const { ipc, unregister } = setup();
    expect([...ipc.handleCalls].sort()).toEqual(CHANNELS.map((c) => `cbmc:${c}`).sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('passes a valid request to the service and returns its value in a Result', async () => {
    const { services, call } = setup();
    await expect(call('workshops.list', {})).resolves.toEqual({ ok: true, value: { from: 'workshops.list' } });
    expect(services['workshops.list']).toHaveBeenCalledWith({});
  });

  it('refuses a malformed payload as invalid without calling the service', async () => {
    const { services, call } = setup();
    const result = await call('workshop.open', { id: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const extraKey = await call('workshops.list', { sneaky: true });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(services['workshop.open']).not.toHaveBeenCalled();
    expect(services['workshops.list']).not.toHaveBeenCalled();
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/index.html' }],
    ['another local file', { url: 'file:///tmp/index.html' }],
    ['a destroyed frame', null],
  ])('refuses %s without calling the service', async (_what, frame) => {
    const { services, call } = setup();
    const result = await call('workshops.list', {}, frame);
    expect(result).toEqual({ ok: false, error: { code: 'invalid', message: 'request from an untrusted page' } });
    expect(services['workshops.list']).not.toHaveBeenCalled();
  });

  it('turns a service error into a Result error whose code survives structured clone', async () => {
    const { services, call } = setup();
    vi.mocked(services['workshop.open']).mockRejectedValueOnce(new HostError('not_found', 'no such workshop'));
    const result = await call('workshop.open', { id: 'w123' });
    // IPC copies with structured clone, which drops custom fields of Error instances.
    expect(structuredClone(result)).toEqual({ ok: false, error: { code: 'not_found', message: 'no such workshop' } });
  });

  it('reports an unexpected exception as internal instead of throwing across IPC', async () => {
    const { services, call } = setup();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(services['library.get']).mockRejectedValueOnce(new TypeError('boom'));
    await expect(call('library.get', {})).resolves.toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    quiet.mockRestore();
  });
});
