import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract/contract';
import { PRELOAD_CHANNELS } from '../../electron/preload/channels';

const electron = vi.hoisted(() => {
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, req: unknown) => ({ ok: true, value: { channel, req } })),
    on: vi.fn(),
    send: vi.fn(),
  };
  return { contextBridge: { exposeInMainWorld: vi.fn() }, ipcRenderer };
});
vi.mock('electron', () => electron);

let key: unknown;
let api: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [unknown, Record<string, unknown>];
});

describe('preload', () => {
  it("exposes one object under 'cbmc'", () => {
    expect(key).toBe('cbmc');
  });

  it('has exactly one function per contract channel', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    expect([...PRELOAD_CHANNELS].sort()).toEqual([...CHANNELS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or a generic on/send/invoke', () => {
    for (const value of Object.values(api)) expect(value).not.toBe(electron.ipcRenderer);
    for (const generic of ['on', 'once', 'send', 'sendSync', 'invoke', 'ipcRenderer', 'removeListener']) {
      expect(api).not.toHaveProperty(generic);
    }
  });

  it('forwards exactly the request to cbmc:<channel>, nothing more', async () => {
    const open = api['workshop.open'] as (...args: unknown[]) => Promise<unknown>;
    await expect(open({ id: 'w1' }, 'extra')).resolves.toEqual({
      ok: true,
      value: { channel: 'cbmc:workshop.open', req: { id: 'w1' } },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('cbmc:workshop.open', { id: 'w1' });
  });
});
