import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n';
import { closeRoom } from '../../renderer/room/facilitatorRoom';
import { docWithBoard, note } from '../helpers/fixtures';
import { fakeRoomLink } from '../helpers/fakeRoomLink';
import { storeWithDoc } from '../helpers/storeWithDoc';

/** A facilitator's store in its open room, with room.close answered by a spy. */
async function facilitatorInRoom() {
  const doc = docWithBoard();
  doc.notes.n1 = note('n1', { text: 'น้ำพริกแกง' });
  const { store, fake } = await storeWithDoc(doc);
  const close = vi.fn(async () => ({ closed: true as const }));
  Object.assign(fake.host, { 'room.close': close });
  const room = fakeRoomLink();
  store.getState().enterRoom({ clientId: 'facil-123456', name: 'พี่เลี้ยง', token: 't', connect: () => ({}) as never, start: room.start });
  room.welcome(doc, 'facilitator');
  store.getState().setRoomInfo({ workshopId: doc.workshop.id } as never);
  return { store, room, close };
}

describe('closing the room', () => {
  it('waits for the facilitator’s own edits to be confirmed before it closes', async () => {
    const { store, room, close } = await facilitatorInRoom();
    store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { text: 'น้ำพริกแกงสูตรใหม่' } }]);
    expect(store.getState().room!.pending).toBe(1);
    const closing = closeRoom(store, 2_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(close).not.toHaveBeenCalled();
    room.show({ pending: 0 }); // the room confirms the edit
    await closing;
    expect(close).toHaveBeenCalledTimes(1);
    expect(store.getState().room).toBeNull();
  });

  it('keeps the room open and says why when the edits do not get through in time', async () => {
    const { store, close } = await facilitatorInRoom();
    store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { color: 'green' } }]);
    await closeRoom(store, 30);
    expect(close).not.toHaveBeenCalled();
    expect(store.getState().room).not.toBeNull();
    expect(store.getState().toast?.text).toBe(translate(store.getState().lang, 'roomCloseEditsWaiting', { n: 1 }));
  });
});
