import type { StateCreator } from 'zustand';
import { translate } from '../../shared/i18n';
import { othersEditing, roomReadOnly } from './roomSlice';
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
  startEditing(noteId, draft = null, opts = {}) {
    const s = get();
    if (noteId || draft) {
      // In a room: a locked board is read-only for participants, and a note someone else is typing
      // in is opened only after a warning (two editors would overwrite each other's text).
      const boardId = draft?.boardId ?? (noteId ? (s.doc?.notes[noteId]?.boardId ?? null) : null);
      const reason = roomReadOnly(s, boardId);
      if (reason) return s.showToast(translate(s.lang, reason), 'error');
      const others = noteId && !opts.force ? othersEditing(s, noteId) : [];
      if (others.length > 0) return set({ editWarning: { noteId: noteId!, names: others.map((p) => p.name) } });
    }
    set({ editingNoteId: noteId, draft, editWarning: null });
  },
  setDragging(ids) {
    set({ draggingIds: ids });
  },
});
