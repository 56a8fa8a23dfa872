import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { dispatch } from '../../electron/services/dispatch';
import { tempDir } from '../helpers/tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');
let services: Services;
let cleanup: () => void;

beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  services = createServices({ dataDir: t.dir, resourcesDir: path.join(ROOT, 'resources') });
});
afterAll(() => {
  services.close();
  cleanup();
});

describe('a host started without rooms', () => {
  it('refuses room.open in Thai and English, naming how to start with rooms, and has no room', async () => {
    const w = await services['workshops.create']({
      fields: { name: 'กลุ่มออมทรัพย์', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
    });
    const res = await dispatch(services, 'room.open', { workshopId: w.id });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toMatchObject({ code: 'invalid', key: 'roomHost.notEnabled' });
    expect(res.error.message).toContain('npm run serve -- --room');
    expect(res.error.message).toMatch(/[ก-๙]/);
    expect(services.room).toBeNull();
    expect(await dispatch(services, 'room.status', {})).toEqual({ ok: true, value: { room: null } });
  });

  it('checks room requests against the contract before anything runs', async () => {
    const res = await dispatch(services, 'room.lock', { boardId: 'b1', locked: 'yes' });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const extra = await dispatch(services, 'room.open', { workshopId: 'w1', port: 80 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
