import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store/createAppStore';
import { RETRY_FIRST_MS } from '../../renderer/store/saveQueue';
import type { SaveState } from '../../renderer/store/types';
import { docWithBoard, note } from '../helpers/fixtures';
import { fakeHost } from '../helpers/fakeHost';
import { fakeClock, memoryStorage, settle } from '../helpers/memoryStorage';

async function openStore(fake: ReturnType<typeof fakeHost>, storage: Storage, clientId: string) {
  const clock = fakeClock();
  const store = createAppStore(fake.host, { storage, clientId, ...clock });
  const id = fake.stored().workshop.id;
  store.getState().setScreen({ kind: 'workshop', workshopId: id, boardId: 'b1' });
  await store.getState().loadWorkshop(id);
  const seen: SaveState[] = [];
  store.subscribe((s) => seen.push(s.saveState));
  return { store, clock, seen };
}

describe('the store while the host cannot be reached', () => {
  it('never says "saved" while edits wait, and says it once they are stored', async () => {
    const fake = fakeHost(docWithBoard());
    const { store, clock, seen } = await openStore(fake, memoryStorage(), 'page-one-0001');
    fake.goDown();
    store.getState().commit([{ type: 'note.add', value: note('n1', { text: 'ขายข้าวกล้อง' }) }]);
    store.getState().commit([{ type: 'step.add', value: { id: 's3', status: 'doing', checked: [], notes: '' } }]);
    await settle();
    expect(store.getState().saveState).toBe('retrying');
    await clock.advance(5_000);
    expect(store.getState().doc!.notes.n1!.text).toBe('ขายข้าวกล้อง'); // nothing rolled back
    expect(seen).not.toContain('saved');
    fake.comeBack();
    await clock.advance(10_000);
    await store.saves.flush();
    expect(store.getState().saveState).toBe('saved');
    expect(fake.stored().notes.n1!.text).toBe('ขายข้าวกล้อง');
    expect(fake.stored().steps.s3!.status).toBe('doing');
  });

  it('a reloaded page shows the unsent edits on the stored document and sends them', async () => {
    const fake = fakeHost(docWithBoard());
    const storage = memoryStorage();
    const before = await openStore(fake, storage, 'page-one-0001');
    fake.goDown();
    before.store.getState().commit([{ type: 'note.add', value: note('n1', { text: 'กลุ่มออมทรัพย์' }) }]);
    before.store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { color: 'green' } }]);
    await settle();

    fake.comeBack();
    fake.hold(); // look before the host answers
    const after = await openStore(fake, storage, 'page-two-0002');
    expect(after.store.getState().doc!.notes.n1).toMatchObject({ text: 'กลุ่มออมทรัพย์', color: 'green' });
    expect(fake.stored().notes.n1).toBeUndefined();
    expect(after.store.getState().saveState).not.toBe('saved');
    fake.release();
    await after.clock.advance(RETRY_FIRST_MS);
    await after.store.saves.flush();
    expect(fake.stored().notes.n1).toMatchObject({ text: 'กลุ่มออมทรัพย์', color: 'green' });
    expect(after.store.getState().saveState).toBe('saved');
    expect(storage.length).toBe(0);
  });
});
