import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../shared/contract/contract';
import { applyBatch, describeOpError, OpError, type Applied, type Op } from '../../shared/ops';
import type { AppState, Batch } from './types';
import { undoOwn } from '../../shared/ops/undoOwn';
import { participantRefusal } from '../../shared/room/participantRules';
import { refusalText } from '../room/refusalText';
import { SaveQueue, type SaveQueueOptions } from './saveQueue';
import { createSelectionSlice } from './selectionSlice';
import { createUiSlice } from './uiSlice';
import { createPresentationSlice } from './presentationSlice';
import { createTimerSlice } from './timerSlice';
import { createSearchSlice } from './searchSlice';
import { translate } from '../../shared/i18n';
import { describeError } from '../host/describeError';
import { describeLeftOut } from '../../shared/i18n/recordProblems';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { UnsentBatch } from './unsentStorage';
import { describeLost, lostText } from './describeLost';
import { createRoomSlice, roomReadOnly, type LinkHolder } from './roomSlice';

/** What the indicator says for what the queue is doing. */
const SAVE_STATE_OF = { idle: 'saved', saving: 'saving', retrying: 'retrying' } as const;

/** How many undo steps are kept. */
const HISTORY_LIMIT = 200;

export type AppStore = StoreApi<AppState> & { host: HostApi; saves: SaveQueue };

/**
 * One store from typed slices. Document changes flow one way: action → ops → commit (apply locally,
 * remember the inverse, queue for the host). The host's verdict can only confirm or roll back.
 */
export function createAppStore(host: HostApi, queueOptions: SaveQueueOptions = {}): AppStore {
  let saves!: SaveQueue;
  let loading: { id: string; promise: Promise<void> } | null = null;
  /** The room connection while this page is in a room: edits then go to it instead of the save queue. */
  const link: LinkHolder = { current: null };
  const store = createStore<AppState>()((set, get, api) => {
    /** Batches the host refused since the queue was last empty: told to the person all at once. */
    const refused: { workshopId: string; ops: Op[]; message: string }[] = [];
    saves = new SaveQueue(
      host,
      {
        onState: (state) => {
          if (state === 'saving') set({ saveState: get().saveState === 'error' ? 'error' : 'saving' });
          else if (state === 'idle' && refused.length > 0) reportRefused();
          else set({ saveState: SAVE_STATE_OF[state] }); // "saved" only from idle: nothing is left to send
        },
        onRejected: (batch, error) => {
          refused.push({ workshopId: batch.workshopId, ops: batch.ops, message: error.message });
          set({ saveState: 'error', past: [], future: [] });
        },
        onStorageFull: () => get().showToast(translate(get().lang, 'unsentStorageFull'), 'error'),
      },
      queueOptions,
    );

    /** Names what was rolled back, offers its text for copying, and goes back to what the host holds. */
    const reportRefused = () => {
      const lost = refused.splice(0);
      const ops = lost.flatMap((r) => r.ops);
      const message = [...new Set(lost.map((r) => r.message))].join('; ');
      const lang = get().lang;
      get().showToast(translate(lang, 'rolledBackWhat', { message, what: describeLost(lang, ops) }), 'error', lostText(ops) || undefined);
      const open = get().doc?.workshop.id;
      if (open && lost.some((r) => r.workshopId === open)) void get().loadWorkshop(open);
      else set({ saveState: 'saved' });
    };

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

    /**
     * In a room a batch goes to the room's client, which shows it at once and sends it when it can.
     * False when this person may not edit now (locked board, room gone, not welcomed yet): said why.
     */
    const pushToRoom = (ops: Op[]): boolean => {
      const s = get();
      const boardId = s.screen.kind === 'workshop' ? s.screen.boardId : null;
      const reason = s.room?.role ? roomReadOnly(s, boardId) : 'roomConnecting';
      if (reason) {
        s.showToast(translate(s.lang, reason), 'error');
        return false;
      }
      // The host's own rules, asked here first: a refused edit is never shown, sent and rolled back.
      const refused = s.room!.role === 'participant' && s.doc ? participantRefusal(s.doc, ops, new Set(s.room!.locked)) : null;
      if (refused) {
        s.showToast(refusalText(s.lang, refused), 'error');
        return false;
      }
      link.current!.push(ops);
      return true;
    };
    /** Hands a batch on: to the room while in one, else to the save queue. */
    const send = (workshopId: string, ops: Op[]): boolean => {
      if (link.current) return pushToRoom(ops);
      saves.send(workshopId, ops);
      return true;
    };

    /**
     * Undo (or redo) in a room, where others edit too: only the fields my batch set that still hold
     * what it left are put back (undoOwn); a field someone else changed since keeps their change.
     * `mine` is what I applied; what the undo applied becomes the other stack's entry.
     */
    const undoInRoom = (mine: Batch, which: 'undo' | 'redo') => {
      const doc = get().doc!;
      const from = which === 'undo' ? 'past' : 'future';
      const to = which === 'undo' ? 'future' : 'past';
      const ops = undoOwn(doc, mine);
      const rest = get()[from].slice(0, -1);
      if (ops.length === 0) return set({ [from]: rest }); // others changed all of it since: nothing of mine is left to undo
      const applied = tryApply(doc, ops);
      if (!applied || !pushToRoom(ops)) return;
      // Kept as past entries are: `ops` what was applied; for the future stack the pair is read the other way.
      const entry: Batch = which === 'undo' ? { ops: applied.inverse, inverse: ops } : { ops, inverse: applied.inverse };
      set({ doc: applied.doc, [from]: rest, [to]: [...get()[to], entry] });
      pruneSelection(get, set);
    };

    const record = (ops: AppState['past'][number]) => {
      const past = [...get().past, ops].slice(-HISTORY_LIMIT);
      set({ past, future: [] });
    };

    return {
      ...createUiSlice(set, get, api),
      ...createSelectionSlice(set, get, api),
      ...createPresentationSlice(set, get, api),
      ...createTimerSlice(set, get, api),
      ...createSearchSlice(set, get, api),
      ...createRoomSlice(link)(set, get, api),
      doc: null,
      library: null,
      past: [],
      future: [],

      commit(ops, opts = {}) {
        const doc = get().doc;
        if (!doc || ops.length === 0) return false;
        const applied = tryApply(doc, ops);
        if (!applied) return false;
        // Queued first, so the indicator has left "saved" before the edit shows.
        if (!send(doc.workshop.id, ops)) return false;
        set({ doc: applied.doc });
        if (opts.undoable !== false) record({ ops, inverse: applied.inverse });
        return true;
      },

      undo() {
        const { past, doc } = get();
        const batch = past.at(-1);
        if (!batch || !doc) return;
        if (link.current) return undoInRoom(batch, 'undo');
        const applied = tryApply(doc, batch.inverse);
        if (!applied || !send(doc.workshop.id, batch.inverse)) return;
        set({ doc: applied.doc, past: past.slice(0, -1), future: [...get().future, batch] });
        pruneSelection(get, set);
      },

      redo() {
        const { future, doc } = get();
        const batch = future.at(-1);
        if (!batch || !doc) return;
        if (link.current) return undoInRoom({ ops: batch.inverse, inverse: batch.ops }, 'redo');
        const applied = tryApply(doc, batch.ops);
        if (!applied || !send(doc.workshop.id, batch.ops)) return;
        set({ doc: applied.doc, future: future.slice(0, -1), past: [...get().past, batch] });
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
            const shown = replayUnsent(doc, saves.adopt(id));
            set({ doc: shown, library, past: [], future: [], selectedNoteIds: [], editingNoteId: null, draft: null, draggingIds: [] });
            get().loadTimer(id);
            if (leftOut.length > 0 && !reopening) get().showToast(describeLeftOut(get().lang, leftOut), 'error');
            if (get().saveState === 'error') set({ saveState: SAVE_STATE_OF[saves.currentState] });
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
        get().leaveRoom();
        set({
          roomInfo: null,
          doc: null,
          past: [],
          future: [],
          selectedNoteIds: [],
          selectedBlockId: null,
          editingNoteId: null,
          draft: null,
          presenting: false,
          focusedBlockId: null,
          timer: null,
          searchOpen: false,
          searchQuery: '',
          revealed: null,
        });
      },
    };
  });
  // The room shows who has which note open: tell it whenever the editor opens or closes.
  store.subscribe((s, prev) => {
    if (s.editingNoteId !== prev.editingNoteId) link.current?.setEditing(s.editingNoteId);
  });
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
    // Back online or back in front of the person: try the waiting edits now rather than after the backoff.
    window.addEventListener('online', () => saves.retryNow());
    window.addEventListener('focus', () => saves.retryNow());
    // Only when the page's storage could not keep them does leaving the page lose edits: ask first.
    window.addEventListener('beforeunload', (e) => {
      if (saves.onlyInMemory) e.preventDefault();
    });
    // Edits an earlier load of the page could not send go out now, whichever workshop they belong to.
    saves.adoptAll();
  }
  return Object.assign(store, { host, saves });
}

/**
 * What the host holds plus the edits it has not confirmed yet (made before a reload, or still on
 * their way): the screen shows them as the person left them. One that no longer fits (the host
 * already has it) is skipped; the host decides about each when it arrives.
 */
function replayUnsent(doc: WorkshopDoc, unsent: readonly UnsentBatch[]): WorkshopDoc {
  let shown = doc;
  for (const batch of unsent) {
    try {
      shown = applyBatch(shown, batch.ops).doc;
    } catch (e) {
      if (!(e instanceof OpError)) throw e;
    }
  }
  return shown;
}

/** After undo/redo a selected note may be gone; keep the selection to what exists. */
function pruneSelection(get: () => AppState, set: (p: Partial<AppState>) => void): void {
  const notes = get().doc?.notes ?? {};
  const kept = get().selectedNoteIds.filter((id) => notes[id]);
  if (kept.length !== get().selectedNoteIds.length) set({ selectedNoteIds: kept });
}
