import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../shared/contract/contract';
import { applyBatch, describeOpError, OpError, type Applied, type Op } from '../../shared/ops';
import type { AppState } from './types';
import { SaveQueue } from './saveQueue';
import { createSelectionSlice } from './selectionSlice';
import { createUiSlice } from './uiSlice';
import { createSearchSlice } from './searchSlice';
import { translate } from '../../shared/i18n';
import { describeError } from '../host/describeError';
import { describeLeftOut } from '../../shared/i18n/recordProblems';

/** How many undo steps are kept. */
const HISTORY_LIMIT = 200;

export type AppStore = StoreApi<AppState> & { host: HostApi; saves: SaveQueue };

/**
 * One store from typed slices. Document changes flow one way: action → ops → commit (apply locally,
 * remember the inverse, queue for the host). The host's verdict can only confirm or roll back.
 */
export function createAppStore(host: HostApi): AppStore {
  let saves!: SaveQueue;
  let loading: { id: string; promise: Promise<void> } | null = null;
  const store = createStore<AppState>()((set, get, api) => {
    saves = new SaveQueue(host, {
      onBusy: () => set({ saveState: 'saving' }),
      onIdle: () => {
        if (get().saveState !== 'error') set({ saveState: 'saved' });
      },
      onRejected: (workshopId, error) => {
        set({ saveState: 'error', past: [], future: [] });
        get().showToast(translate(get().lang, 'rolledBack', { message: describeError(get().lang, error) }), 'error');
        // What the host holds is the truth: reload it once the queue has drained.
        void saves.flush().then(() => {
          if (get().doc?.workshop.id === workshopId) void get().loadWorkshop(workshopId);
        });
      },
    });

    /** Applies a batch once, inverse included; an op that does not fit is told to the person. */
    const tryApply = (doc: NonNullable<AppState['doc']>, ops: Op[]): Applied | null => {
      try {
        return applyBatch(doc, ops);
      } catch (e) {
        if (!(e instanceof OpError)) throw e;
        get().showToast(describeOpError(e, get().lang), 'error');
        return null;
      }
    };

    const record = (ops: AppState['past'][number]) => {
      const past = [...get().past, ops].slice(-HISTORY_LIMIT);
      set({ past, future: [] });
    };

    return {
      ...createUiSlice(set, get, api),
      ...createSelectionSlice(set, get, api),
      ...createSearchSlice(set, get, api),
      doc: null,
      library: null,
      past: [],
      future: [],

      commit(ops, opts = {}) {
        const doc = get().doc;
        if (!doc || ops.length === 0) return false;
        const applied = tryApply(doc, ops);
        if (!applied) return false;
        set({ doc: applied.doc });
        if (opts.undoable !== false) record({ ops, inverse: applied.inverse });
        saves.send(doc.workshop.id, ops);
        return true;
      },

      undo() {
        const { past, doc } = get();
        const batch = past.at(-1);
        if (!batch || !doc) return;
        const applied = tryApply(doc, batch.inverse);
        if (!applied) return;
        set({ doc: applied.doc, past: past.slice(0, -1), future: [...get().future, batch] });
        saves.send(doc.workshop.id, batch.inverse);
        pruneSelection(get, set);
      },

      redo() {
        const { future, doc } = get();
        const batch = future.at(-1);
        if (!batch || !doc) return;
        const applied = tryApply(doc, batch.ops);
        if (!applied) return;
        set({ doc: applied.doc, future: future.slice(0, -1), past: [...get().past, batch] });
        saves.send(doc.workshop.id, batch.ops);
        pruneSelection(get, set);
      },

      loadWorkshop(id) {
        // One load per workshop at a time: start-up may already have asked for it.
        if (loading?.id === id) return loading.promise;
        const promise = (async () => {
          try {
            const [{ doc, leftOut }, library] = await Promise.all([
              host['workshop.open']({ id: id as never }),
              get().library ?? host['library.get']({}),
            ]);
            const screen = get().screen;
            if (screen.kind !== 'workshop' || screen.workshopId !== id) return; // the person has left it
            const reopening = get().doc?.workshop.id === id; // e.g. after a rollback, whose message stays
            set({ doc, library, past: [], future: [], selectedNoteIds: [], editingNoteId: null, draft: null, draggingIds: [] });
            if (leftOut.length > 0 && !reopening) get().showToast(describeLeftOut(get().lang, leftOut), 'error');
            if (get().saveState === 'error') set({ saveState: 'saved' });
          } catch (e) {
            get().showToast(translate(get().lang, 'loadFailed', { message: describeError(get().lang, e) }), 'error');
          } finally {
            loading = null;
          }
        })();
        loading = { id, promise };
        return promise;
      },

      closeWorkshop() {
        set({ doc: null, past: [], future: [], selectedNoteIds: [], selectedBlockId: null, editingNoteId: null, draft: null, searchOpen: false, searchQuery: '', revealed: null });
      },
    };
  });
  return Object.assign(store, { host, saves });
}

/** After undo/redo a selected note may be gone; keep the selection to what exists. */
function pruneSelection(get: () => AppState, set: (p: Partial<AppState>) => void): void {
  const notes = get().doc?.notes ?? {};
  const kept = get().selectedNoteIds.filter((id) => notes[id]);
  if (kept.length !== get().selectedNoteIds.length) set({ selectedNoteIds: kept });
}
