import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Person } from '../../shared/room/protocol';
import { docWithBoard, note } from '../helpers/fixtures';
import { fakeRoomLink } from '../helpers/fakeRoomLink';
import { storeWithDoc } from '../helpers/storeWithDoc';

const withNotes = (): WorkshopDoc => {
  const d = docWithBoard();
  d.notes.n1 = note('n1', { text: 'น้ำพริกแกง' });
  d.notes.n2 = note('n2', { text: 'ผ้าทอมือ', x: 300 });
  return d;
};
const person = (id: string, name: string, editing: string | null = null): Person => ({ id, name, role: 'participant', editing });

/** A store in a room as `role`, welcomed with the document. */
async function inRoom(role: 'participant' | 'facilitator', people: Person[] = []) {
  const doc = withNotes();
  const { store, fake } = await storeWithDoc(doc);
  const room = fakeRoomLink();
  store.getState().enterRoom({ clientId: 'me-123456', name: 'ป้าแดง', connect: () => ({}) as never, start: room.start });
  room.welcome(doc, role, [person('me-123456', 'ป้าแดง'), ...people]);
  return { store, fake, room };
}

describe('the store in a room', () => {
  it('sends commits, undo and redo to the room, not to the save queue, and shows them at once', async () => {
    const { store, fake, room } = await inRoom('participant');
    expect(store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { color: 'green' } }])).toBe(true);
    expect(store.getState().doc!.notes.n1!.color).toBe('green');
    store.getState().undo();
    expect(store.getState().doc!.notes.n1!.color).toBe('yellow');
    store.getState().redo();
    expect(store.getState().doc!.notes.n1!.color).toBe('green');
    expect(room.pushed).toHaveLength(3);
    await store.saves.flush();
    expect(fake.received).toHaveLength(0);
    expect(store.saves.pending).toBe(0);
  });

  it('undo puts back only what nobody else changed since; redo brings it back', async () => {
    const { store, room } = await inRoom('participant');
    store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { color: 'green', x: 120 } }]);
    room.others([{ type: 'note.patch', id: 'n1', patch: { color: 'pink' } }]);
    store.getState().undo();
    expect(store.getState().doc!.notes.n1!.color).toBe('pink');
    expect(store.getState().doc!.notes.n1!.x).toBe(note('n1').x);
    store.getState().redo();
    expect(store.getState().doc!.notes.n1!.x).toBe(120);
    expect(store.getState().doc!.notes.n1!.color).toBe('pink');
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().future).toHaveLength(0);
  });

  it('takes others’ changes in, keeps the selection to notes that still exist, and never closes the note being typed in', async () => {
    const { store, room } = await inRoom('participant');
    store.getState().select(['n1', 'n2']);
    store.getState().startEditing('n2');
    room.others([
      { type: 'note.remove', id: 'n1' },
      { type: 'note.patch', id: 'n2', patch: { text: 'ผ้าทอมือ ย้อมคราม' } },
    ]);
    expect(store.getState().doc!.notes.n1).toBeUndefined();
    expect(store.getState().doc!.notes.n2!.text).toBe('ผ้าทอมือ ย้อมคราม');
    expect(store.getState().selectedNoteIds).toEqual(['n2']);
    expect(store.getState().editingNoteId).toBe('n2');
  });

  it('tells the room which note is open in the editor, and stops the link on leaving the workshop', async () => {
    const { store, room } = await inRoom('participant');
    store.getState().startEditing('n1');
    store.getState().startEditing(null);
    expect(room.editing.slice(-2)).toEqual(['n1', null]);
    store.getState().closeWorkshop();
    expect(room.stopped).toBe(true);
    expect(store.getState().room).toBeNull();
  });

  it('a participant cannot change a board the facilitator locked: nothing is sent, and the reason is shown', async () => {
    const { store, room } = await inRoom('participant');
    room.show({ locked: ['b1'] });
    expect(store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { color: 'green' } }])).toBe(false);
    expect(room.pushed).toHaveLength(0);
    expect(store.getState().doc!.notes.n1!.color).toBe('yellow');
    expect(store.getState().toast?.text).toBe(translate('th', 'roomBoardLocked'));
    store.getState().startEditing('n1');
    expect(store.getState().editingNoteId).toBeNull();
  });

  it('a participant is told at once what the room would refuse (a board change), and nothing is sent', async () => {
    const { store, room } = await inRoom('participant');
    expect(store.getState().commit([{ type: 'board.patch', id: 'b1', patch: { title: 'ชื่อใหม่' } }])).toBe(false);
    expect(room.pushed).toHaveLength(0);
    expect(store.getState().doc!.boards.b1!.title).not.toBe('ชื่อใหม่');
    expect(store.getState().toast?.text).toBe(translate('th', 'roomRules.boards'));
  });

  it('the facilitator still edits a locked board', async () => {
    const { store, room } = await inRoom('facilitator');
    room.show({ locked: ['b1'] });
    expect(store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { color: 'green' } }])).toBe(true);
    expect(room.pushed).toHaveLength(1);
  });

  it('asks before opening a note someone else is typing in, and opens it when told to', async () => {
    const { store } = await inRoom('participant', [person('other-1234', 'ลุงมี', 'n1')]);
    store.getState().startEditing('n1');
    expect(store.getState().editingNoteId).toBeNull();
    expect(store.getState().editWarning).toEqual({ noteId: 'n1', names: ['ลุงมี'] });
    store.getState().startEditing('n1', null, { force: true });
    expect(store.getState().editingNoteId).toBe('n1');
    expect(store.getState().editWarning).toBeNull();
    // A note nobody else has open opens at once.
    store.getState().startEditing('n2');
    expect(store.getState().editingNoteId).toBe('n2');
  });

  it('a batch the host discards is told with the text that was lost', async () => {
    const { store, room } = await inRoom('participant');
    room.options.onDiscard([{ type: 'note.patch', id: 'n1', patch: { text: 'ข้อความที่หาย' } }], {
      key: 'no-such-key',
      message: 'the board is locked',
    });
    const toast = store.getState().toast!;
    expect(toast.kind).toBe('error');
    expect(toast.text).toContain('the board is locked');
    expect(toast.lostText).toBe('ข้อความที่หาย');
  });

  it('edits wait until the room has welcomed this page', async () => {
    const { store } = await storeWithDoc(withNotes());
    const room = fakeRoomLink();
    store.getState().enterRoom({ clientId: 'me-123456', name: 'ป้าแดง', connect: () => ({}) as never, start: room.start });
    expect(store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { color: 'green' } }])).toBe(false);
    expect(room.pushed).toHaveLength(0);
    expect(store.getState().toast?.text).toBe(translate('th', 'roomConnecting'));
  });
});
