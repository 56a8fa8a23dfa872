import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../shared/i18n';
import type { Op } from '../../shared/ops';
import { docWithBoard, note } from '../helpers/fixtures';
import { storeWithDoc } from '../helpers/storeWithDoc';

const withNote = () => {
  const d = docWithBoard();
  d.notes.n1 = note('n1', { text: 'น้ำพริกแกง' });
  return d;
};
const recolour: Op[] = [{ type: 'note.patch', id: 'n1', patch: { color: 'green' } }];

describe('the store', () => {
  it('a commit shows at once, is saved by the host, and one undo and redo move it back and forth', async () => {
    const { store, fake } = await storeWithDoc(withNote());
    expect(store.getState().commit(recolour)).toBe(true);
    expect(store.getState().doc!.notes.n1!.color).toBe('green');
    expect(store.getState().saveState).toBe('saving');
    await store.saves.flush();
    expect(fake.stored().notes.n1!.color).toBe('green');
    expect(store.getState().saveState).toBe('saved');

    store.getState().undo();
    expect(store.getState().doc!.notes.n1!.color).toBe('yellow');
    await store.saves.flush();
    expect(fake.stored().notes.n1!.color).toBe('yellow');
    expect(store.getState().future).toHaveLength(1);

    store.getState().redo();
    await store.saves.flush();
    expect([store.getState().doc!.notes.n1!.color, fake.stored().notes.n1!.color]).toEqual(['green', 'green']);
    expect(store.getState().past).toHaveLength(1);
  });

  it('a new commit clears what could be redone; a commit marked not undoable leaves history alone', async () => {
    const { store } = await storeWithDoc(withNote());
    store.getState().commit(recolour);
    store.getState().undo();
    store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { x: 99 } }]);
    expect(store.getState().future).toEqual([]);
    store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { y: 77 } }], { undoable: false });
    expect(store.getState().past).toHaveLength(1);
    await store.saves.flush();
  });

  it('an op that does not fit is refused before it is sent, and the person is told in Thai', async () => {
    const { store, fake } = await storeWithDoc(withNote());
    const before = store.getState().doc;
    expect(store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { blockId: 'ghost' } }])).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().toast).toMatchObject({ kind: 'error' });
    expect(store.getState().toast!.text).toContain('ghost');
    expect(store.getState().toast!.text).toMatch(/[\u0E00-\u0E7F]/);
    await store.saves.flush();
    expect(fake.received).toEqual([]);
  });

  it('when the host refuses a batch, the screen goes back to what the host holds and says why', async () => {
    const { store, fake } = await storeWithDoc(withNote());
    fake.refuseNextBatch('ดิสก์เต็ม');
    store.getState().commit(recolour);
    expect(store.getState().doc!.notes.n1!.color).toBe('green');
    // The store reloads from the host by itself once the queue has drained.
    await vi.waitFor(() => expect(store.getState().doc!.notes.n1!.color).toBe('yellow'), { timeout: 2000 });
    expect(store.getState().saveState).toBe('saved');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().toast!.text).toBe(
      translate('th', 'rolledBackWhat', { message: 'ดิสก์เต็ม', what: translate('th', 'lostNoteEdits', { n: 1 }) }),
    );
  });

  it('a refusal names what was rolled back and offers the typed text to copy', async () => {
    const { store, fake } = await storeWithDoc(withNote());
    fake.refuseNextBatch('ข้อความยาวเกิน');
    store.getState().commit([{ type: 'note.add', value: note('n2', { text: 'ตลาดนัดชุมชนทุกวันเสาร์' }) }]);
    store.getState().commit([{ type: 'note.patch', id: 'n1', patch: { text: 'น้ำพริกแกงใต้' } }]);
    await vi.waitFor(() => expect(store.getState().toast?.lostText).toBeDefined(), { timeout: 2000 });
    expect(store.getState().toast!.text).toContain(translate('th', 'lostNotesAdded', { n: 1 }));
    expect(store.getState().toast!.lostText).toBe('ตลาดนัดชุมชนทุกวันเสาร์');
    // The batch behind the refused one was not refused: it is kept, and the screen shows what the host holds.
    await vi.waitFor(() => expect(store.getState().doc!.notes.n1!.text).toBe('น้ำพริกแกงใต้'));
    expect(store.getState().doc!.notes.n2).toBeUndefined();
    expect(fake.stored().notes.n1!.text).toBe('น้ำพริกแกงใต้');
  });

  it('undo after deleting a selected note brings it back; redo deletes it and clears the selection', async () => {
    const { store } = await storeWithDoc(withNote());
    store.getState().select(['n1']);
    store.getState().commit([{ type: 'note.remove', id: 'n1' }]);
    store.getState().undo();
    expect(store.getState().doc!.notes.n1?.text).toBe('น้ำพริกแกง');
    store.getState().redo();
    expect(store.getState().doc!.notes.n1).toBeUndefined();
    expect(store.getState().selectedNoteIds).toEqual([]);
    await store.saves.flush();
  });
});
