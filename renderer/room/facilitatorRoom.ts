import { translate } from '../../shared/i18n';
import type { RoomStatus } from '../../shared/contract/room';
import { describeError } from '../host/describeError';
import type { AppStore } from '../store/createAppStore';
import type { StartLink } from '../store/roomSlice';
import { browserSocket } from './browserSocket';
import { roomClientId } from './roomClientId';

/**
 * The facilitator's side of a room. The page joins its own room over a socket on loopback, as the
 * facilitator (the token room.open gave it), so its edits reach everyone the same way participants'
 * do. Edits already on their way through the save queue are finished first: the room's client has
 * its own id and counter, so nothing is sent twice by the two paths.
 */
export async function joinAsFacilitator(store: AppStore, info: RoomStatus, start: StartLink): Promise<void> {
  store.getState().setRoomInfo(info);
  const s = store.getState();
  if (s.room || s.doc?.workshop.id !== info.workshopId) return;
  await store.saves.flush();
  const doc = store.getState().doc;
  if (store.getState().room || doc?.workshop.id !== info.workshopId) return;
  store.getState().enterRoom({
    clientId: roomClientId(),
    name: doc.workshop.facilitator.trim() || translate(s.lang, 'roomFacilitatorName'),
    token: info.token,
    connect: browserSocket(info.facilitatorSocketUrl),
    storage: localStorageOrNull(),
    start,
    onEnded: () => backToHost(store, info.workshopId),
  });
}

/** "Open room": starts listening on the network for this workshop and joins it. */
export async function openRoom(store: AppStore, start: StartLink): Promise<void> {
  const doc = store.getState().doc;
  if (!doc) return;
  try {
    const info = await store.host['room.open']({ workshopId: doc.workshop.id as never });
    await joinAsFacilitator(store, info, start);
  } catch (e) {
    const lang = store.getState().lang;
    store.getState().showToast(translate(lang, 'roomOpenFailed', { message: describeError(lang, e) }), 'error');
  }
}

/** On opening a workshop (or reloading the page): if its room is open, join it again. */
export async function resumeRoom(store: AppStore, start: StartLink): Promise<void> {
  try {
    const { room } = await store.host['room.status']({});
    if (room && room.workshopId === store.getState().doc?.workshop.id) await joinAsFacilitator(store, room, start);
  } catch {
    /* a host without rooms: nothing to resume */
  }
}

/** How long closing waits for the facilitator's own edits still on their way to the room. */
const CLOSE_WAIT_MS = 5_000;

/**
 * "Close room". Edits of the facilitator's that the room has not confirmed would be lost with the
 * socket, so closing waits for them first (a moment on loopback); if they are still not through, the
 * room stays open and the facilitator is told why.
 */
export async function closeRoom(store: AppStore, waitMs = CLOSE_WAIT_MS): Promise<void> {
  const id = store.getState().roomInfo?.workshopId;
  if (!(await ownEditsConfirmed(store, waitMs))) {
    const lang = store.getState().lang;
    return store.getState().showToast(translate(lang, 'roomCloseEditsWaiting', { n: store.getState().room?.pending ?? 0 }), 'error');
  }
  try {
    await store.host['room.close']({});
  } catch (e) {
    return reportFailure(store, e);
  }
  if (id) backToHost(store, id);
}

/** Makes a board read-only for participants (or writable again); false when the host refused. */
export async function lockBoard(store: AppStore, boardId: string, locked: boolean): Promise<boolean> {
  try {
    store.getState().setRoomInfo(await store.host['room.lock']({ boardId: boardId as never, locked }));
    return true;
  } catch (e) {
    reportFailure(store, e);
    return false;
  }
}

export async function removePerson(store: AppStore, personId: string): Promise<void> {
  try {
    store.getState().setRoomInfo(await store.host['room.remove']({ personId }));
  } catch (e) {
    reportFailure(store, e);
  }
}

/** Resolves true once this page has no unconfirmed room edits (or is not in a room), false after `ms`. */
function ownEditsConfirmed(store: AppStore, ms: number): Promise<boolean> {
  const settled = () => (store.getState().room?.pending ?? 0) === 0;
  if (settled()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(settled());
    }, ms);
    const unsubscribe = store.subscribe(() => {
      if (!settled()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(true);
    });
  });
}

/** The room is gone: edits go through the save queue again, and the screen shows what is stored. */
function backToHost(store: AppStore, workshopId: string): void {
  store.getState().leaveRoom();
  store.getState().setRoomInfo(null);
  if (store.getState().doc?.workshop.id === workshopId) void store.getState().loadWorkshop(workshopId);
}

function reportFailure(store: AppStore, e: unknown): void {
  const lang = store.getState().lang;
  store.getState().showToast(translate(lang, 'roomActionFailed', { message: describeError(lang, e) }), 'error');
}

function localStorageOrNull(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
