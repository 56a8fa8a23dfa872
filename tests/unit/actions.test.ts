import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../renderer/actions/Action';
import { actionForKey, isEnabled, matches, perform } from '../../renderer/actions/dispatcher';
import { ACTIONS } from '../../renderer/actions/registry';
import { createAppStore } from '../../renderer/store/createAppStore';
import { docWithBoard, note } from '../helpers/fixtures';
import { fakeHost } from '../helpers/fakeHost';
import { storeWithDoc } from '../helpers/storeWithDoc';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});
const withNotes = () => {
  const d = docWithBoard();
  d.notes.n1 = note('n1');
  d.notes.n2 = note('n2', { x: 200 });
  return d;
};
afterEach(() => vi.restoreAllMocks());

describe('the action table', () => {
  it('files every action under its own name, and only actions that need nothing have shortcuts', () => {
    for (const [name, action] of Object.entries(ACTIONS)) {
      expect(action.name).toBe(name);
      if (action.shortcuts.length > 0) expect(action.perform.length, name).toBeLessThanOrEqual(1);
    }
  });

  it('no key combination belongs to two actions, but presentation keys may reuse keys the editor is not using then', async () => {
    const all = Object.values(ACTIONS) as Action<unknown, unknown>[];
    const { store: presenting } = await storeWithDoc(withNotes());
    presenting.getState().setPresenting(true);
    const { store: editing } = await storeWithDoc(withNotes());
    for (const a of all) {
      for (const s of a.shortcuts) {
        const e = key(s.key, { ctrl: s.mod, shift: s.shift });
        const owners = all.filter((b) => b.shortcuts.some((t) => matches(t, e)));
        const label = `${s.mod ? 'Ctrl+' : ''}${s.shift ? 'Shift+' : ''}${s.key}`;
        const inPresentation = owners.filter((b) => b.name.startsWith('present.') && b.name !== 'present.start');
        const inEditor = owners.filter((b) => !inPresentation.includes(b));
        expect(inEditor.length, label).toBeLessThanOrEqual(1);
        expect(inPresentation.length, label).toBeLessThanOrEqual(1);
        // A shared key: the editor's action is off while presenting, the presentation's while editing.
        if (inEditor.length === 1 && inPresentation.length === 1) {
          expect(inEditor[0]!.enabled(presenting, undefined as never), label).toBe(false);
          expect(inPresentation[0]!.enabled(editing, undefined as never), label).toBe(false);
          expect(actionForKey(presenting, e)?.name, label).toBe(inPresentation[0]!.name);
        }
      }
    }
  });
});

describe('shortcut matching', () => {
  const undo = { key: 'z', mod: true };
  const redo = { key: 'z', mod: true, shift: true };
  it('tells Ctrl+Z from Ctrl+Shift+Z, takes Cmd for Ctrl and a capital letter for its key', () => {
    expect(matches(undo, key('z', { ctrl: true }))).toBe(true);
    expect(matches(undo, key('z', { meta: true }))).toBe(true);
    expect(matches(undo, key('Z', { ctrl: true, shift: true }))).toBe(false);
    expect(matches(redo, key('Z', { ctrl: true, shift: true }))).toBe(true);
    expect(matches(undo, key('z'))).toBe(false);
    expect(matches(undo, key('z', { ctrl: true, alt: true }))).toBe(false);
  });
  it('a symbol that needs Shift to be typed still matches', () => {
    expect(matches({ key: '+' }, key('+', { shift: true }))).toBe(true);
    expect(matches({ key: 'Delete' }, key('Delete'))).toBe(true);
  });
});

describe('the dispatcher', () => {
  it('a key runs the one enabled action it names, and only when enabled', async () => {
    const { store } = await storeWithDoc(withNotes());
    expect(actionForKey(store, key('Delete'))).toBeNull(); // nothing selected
    store.getState().select(['n1']);
    expect(actionForKey(store, key('Delete'))?.name).toBe('note.delete');
    store.getState().startEditing('n1');
    expect(actionForKey(store, key('Delete'))).toBeNull(); // typing into a note
    expect(actionForKey(store, key('z', { ctrl: true }))).toBeNull(); // nothing to undo, and editing
    await store.saves.flush();
  });

  it('refuses a key two enabled actions claim, and says so', async () => {
    const { store } = await storeWithDoc(withNotes());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const twin = (name: string): Action<unknown, unknown> =>
      ({ ...ACTIONS.selectAll, name, shortcuts: [{ key: 'q' }], enabled: () => true }) as unknown as Action<unknown, unknown>;
    expect(actionForKey(store, key('q'), [twin('undo'), twin('redo')])).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ambiguous'));
    expect(actionForKey(store, key('q'), [twin('undo')])?.name).toBe('undo');
  });

  it('perform runs an enabled action with a commit that honours its undoable flag', async () => {
    const { store, fake } = await storeWithDoc(withNotes());
    store.getState().select(['n1', 'n2']);
    expect(perform(store, 'note.recolour', { color: 'blue' })).toBe(true);
    expect(store.getState().currentColor).toBe('blue');
    expect(Object.values(store.getState().doc!.notes).map((n) => n.color)).toEqual(['blue', 'blue']);
    expect(store.getState().past).toHaveLength(1);
    perform(store, 'undo');
    expect(Object.values(store.getState().doc!.notes).map((n) => n.color)).toEqual(['yellow', 'yellow']);
    expect(store.getState().past).toHaveLength(0);
    await store.saves.flush();
    expect(fake.stored().notes.n1!.color).toBe('yellow');
  });

  it('perform answers null and changes nothing when the action is not enabled', async () => {
    const { store } = await storeWithDoc(withNotes());
    const before = store.getState().doc;
    expect(isEnabled(store, 'note.duplicate')).toBe(false);
    expect(perform(store, 'note.duplicate')).toBeNull();
    expect(store.getState().doc).toBe(before);
  });

  it('duplicate selects the copies; deleting them is one undo step', async () => {
    const { store } = await storeWithDoc(withNotes());
    store.getState().select(['n1']);
    perform(store, 'note.duplicate');
    const copy = store.getState().selectedNoteIds;
    expect(copy).toHaveLength(1);
    expect(copy[0]).not.toBe('n1');
    perform(store, 'note.delete');
    expect(Object.keys(store.getState().doc!.notes).sort()).toEqual(['n1', 'n2']);
    perform(store, 'undo');
    expect(store.getState().doc!.notes[copy[0]!]).toBeDefined();
    await store.saves.flush();
  });

  it("editing the open workshop's details is an undoable op; from the list it goes to the host", async () => {
    const { store, fake } = await storeWithDoc(withNotes());
    await perform(store, 'workshop.patch', { workshopId: 'w1', fields: { name: 'ชื่อใหม่', province: 'ชุมพร' } });
    expect(store.getState().doc!.workshop.name).toBe('ชื่อใหม่');
    await store.saves.flush();
    expect(fake.received.at(-1)).toEqual([{ type: 'workshop.patch', patch: { name: 'ชื่อใหม่', province: 'ชุมพร' } }]);
    perform(store, 'undo');
    expect(store.getState().doc!.workshop.name).toBe(withNotes().workshop.name);

    const list = fakeHost(withNotes());
    const listStore = createAppStore(list.host);
    await perform(listStore, 'workshop.patch', { workshopId: 'w1', fields: { name: 'จากหน้ารายการ' } });
    expect(list.stored().workshop.name).toBe('จากหน้ารายการ');
    await store.saves.flush();
  });

  it('deleting a board takes its notes with it and comes back whole on undo', async () => {
    const { store } = await storeWithDoc(withNotes());
    const before = store.getState().doc;
    expect(perform(store, 'board.delete', { boardId: 'b1' })).toBe(true);
    expect(store.getState().doc).toMatchObject({ boards: {}, notes: {} });
    perform(store, 'undo');
    expect(store.getState().doc).toEqual(before);
    await store.saves.flush();
  });
});
