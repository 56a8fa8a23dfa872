import type { StateCreator } from 'zustand';
import type { AppState, SelectionSlice } from './types';

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selectedNoteIds: [],
  selectedBlockId: null,
  editingNoteId: null,
  draft: null,
  draggingIds: [],
  select(ids, opts = {}) {
    if (!opts.add) return set({ selectedNoteIds: ids });
    const current = new Set(get().selectedNoteIds);
    // Shift-click toggles: a second shift-click on a selected note takes it out again.
    for (const id of ids) {
      if (current.has(id) && ids.length === 1) current.delete(id);
      else current.add(id);
    }
    set({ selectedNoteIds: [...current] });
  },
  selectBlock(id) {
    set({ selectedBlockId: id });
  },
  startEditing(noteId, draft = null) {
    set({ editingNoteId: noteId, draft });
  },
  setDragging(ids) {
    set({ draggingIds: ids });
  },
});
