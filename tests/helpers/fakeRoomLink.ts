import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { applyBatch, type Op } from '../../shared/ops';
import type { Person, Role } from '../../shared/room/protocol';
import type { SyncClientOptions, SyncView } from '../../shared/room/syncTypes';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import type { RoomLink, StartLink } from '../../renderer/store/roomSlice';

/**
 * A room client for store tests: it shows pushed batches on top of the document at once (as the real
 * one does) and lets the test play the host: welcome, others' changes, people, locks, a discard.
 */
export function fakeRoomLink() {
  let opts!: SyncClientOptions;
  const pushed: Op[][] = [];
  const editing: (string | null)[] = [];
  let stopped = false;
  let view: SyncView = { doc: null, library: null, role: null, people: [], locked: [], status: 'connecting', pending: 0 };
  const show = (patch: Partial<SyncView>) => {
    view = { ...view, ...patch };
    opts.onView(view);
  };
  const link: RoomLink = {
    push(ops) {
      pushed.push(ops);
      show({ doc: applyBatch(view.doc!, ops).doc, pending: view.pending + 1 });
    },
    setEditing(noteId) {
      editing.push(noteId);
    },
    stop() {
      stopped = true;
    },
  };
  const start: StartLink = (o) => {
    opts = o;
    return link;
  };
  return {
    start,
    pushed,
    editing,
    get stopped() {
      return stopped;
    },
    get options() {
      return opts;
    },
    welcome(doc: WorkshopDoc, role: Role, people: Person[] = []) {
      show({ doc, library: BUILTIN_LIBRARY, role, people, status: 'live' });
    },
    /** Someone else's batch, as it reaches this page. */
    others(ops: Op[]) {
      show({ doc: applyBatch(view.doc!, ops).doc });
    },
    show,
  };
}
