import type { StateCreator } from 'zustand';
import type { RoomStatus } from '../../shared/contract/room';
import { translate } from '../../shared/i18n';
import type { Op } from '../../shared/ops';
import type { Person, Role } from '../../shared/room/protocol';
import type { LinkStatus, RoomTransport, SyncClientOptions, SyncView } from '../../shared/room/syncTypes';
import { refusalText } from '../room/refusalText';
import { describeLost, lostText } from './describeLost';
import type { AppState } from './types';

/** The store's side of a room connection (SyncClient): batches go out through it, views come back. */
export interface RoomLink {
  /** Applies a batch on top of what the page shows and sends it (or keeps it until the socket is back). */
  push(ops: Op[]): void;
  /** Tells the room which note this person has open in the editor. */
  setEditing(noteId: string | null): void;
  stop(): void;
}
export type StartLink = (opts: SyncClientOptions) => RoomLink;

/** The room as this page sees it. */
export interface RoomState {
  /** This page's client id: the person in `people` who is me. */
  selfId: string;
  name: string;
  status: LinkStatus;
  role: Role | null;
  people: Person[];
  /** Boards the facilitator made read-only for participants. */
  locked: string[];
  /** Batches of mine the host has not confirmed yet. */
  pending: number;
}

/** What room.open answers the facilitator: where participants join, and the facilitator's own way in. */
export type RoomInfo = RoomStatus;

export interface EnterRoom {
  clientId: string;
  name: string;
  token?: string;
  connect(): RoomTransport;
  storage?: Storage | null;
  start: StartLink;
  /** The link stopped for good (closed, removed, refused): the page decides what comes next. */
  onEnded?(status: LinkStatus): void;
}

export interface RoomSlice {
  /** Null outside a room: edits then go through the save queue as always. */
  room: RoomState | null;
  /** Set on the facilitator's page while its workshop's room is open. */
  roomInfo: RoomInfo | null;
  /** A note this person tried to open while others are editing it: the page asks before opening. */
  editWarning: { noteId: string; names: string[] } | null;
  enterRoom(opts: EnterRoom): void;
  leaveRoom(): void;
  setRoomInfo(info: RoomInfo | null): void;
}

/** Where the store keeps the live link: it is an object with a socket, so never state. */
export interface LinkHolder {
  current: RoomLink | null;
}

const ENDED: readonly LinkStatus[] = ['closed', 'removed', 'refused'];

export const createRoomSlice =
  (link: LinkHolder): StateCreator<AppState, [], [], RoomSlice> =>
  (set, get) => {
    /** Others' changes replace the document; the selection keeps what still exists, the editor stays open. */
    const applyView = (view: SyncView, opts: EnterRoom) => {
      const s = get();
      const room = s.room;
      if (!room) return;
      const patch: Partial<AppState> = {
        room: { ...room, status: view.status, role: view.role, people: view.people, locked: view.locked, pending: view.pending },
      };
      if (view.doc && view.doc !== s.doc) {
        patch.doc = view.doc;
        const kept = s.selectedNoteIds.filter((id) => view.doc!.notes[id]);
        if (kept.length !== s.selectedNoteIds.length) patch.selectedNoteIds = kept;
      }
      if (view.library && view.library !== s.library) patch.library = view.library;
      set(patch);
      if (ENDED.includes(view.status) && !ENDED.includes(room.status)) opts.onEnded?.(view.status);
    };

    return {
      room: null,
      roomInfo: null,
      editWarning: null,
      enterRoom(opts) {
        link.current?.stop();
        link.current = null;
        set({
          room: { selfId: opts.clientId, name: opts.name, status: 'connecting', role: null, people: [], locked: [], pending: 0 },
        });
        link.current = opts.start({
          clientId: opts.clientId,
          name: opts.name,
          token: opts.token,
          connect: opts.connect,
          storage: opts.storage,
          onView: (view) => applyView(view, opts),
          onDiscard: (ops, refusal) => {
            const lang = get().lang;
            const message = refusalText(lang, refusal);
            get().showToast(
              translate(lang, 'rolledBackWhat', { message, what: describeLost(lang, ops) }),
              'error',
              lostText(ops) || undefined,
            );
          },
          onNotice: (refusal) => get().showToast(refusalText(get().lang, refusal), 'error'),
        });
        link.current.setEditing(get().editingNoteId);
      },
      leaveRoom() {
        link.current?.stop();
        link.current = null;
        set({ room: null, editWarning: null });
      },
      setRoomInfo(roomInfo) {
        set({ roomInfo });
      },
    };
  };

/**
 * Why this person may not change the open board now, as a dictionary key; null when they may.
 * Participants cannot edit a board the facilitator locked, nor anything once the room is gone.
 */
export function roomReadOnly(s: AppState, boardId: string | null): 'roomBoardLocked' | 'roomEnded' | null {
  const room = s.room;
  if (!room || room.role === 'facilitator') return null;
  if (ENDED.includes(room.status)) return 'roomEnded';
  if (room.role === 'participant' && boardId && room.locked.includes(boardId)) return 'roomBoardLocked';
  return null;
}

/** The people other than me who have this note open in their editor. */
export function othersEditing(s: AppState, noteId: string): Person[] {
  const room = s.room;
  if (!room) return [];
  return room.people.filter((p) => p.editing === noteId && p.id !== room.selfId);
}
