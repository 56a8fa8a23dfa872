import type { Op } from '../../shared/ops';
import type { Refusal } from '../../shared/room/protocol';
import { SyncClient } from '../../shared/room/SyncClient';
import type { SyncView } from '../../shared/room/syncTypes';
import { memoryStorage } from './memoryStorage';
import type { RoomNetwork } from './roomClients';

/** A page in the room: its SyncClient, its storage (which survives a reload) and what it was told. */
export interface Page {
  client: SyncClient;
  id: string;
  storage: Storage;
  views: SyncView[];
  discarded: { ops: Op[]; refusal: Refusal }[];
  notices: Refusal[];
  view(): SyncView;
  /** The page is reloaded: a new SyncClient with the same id and storage. */
  reload(): void;
}

export function openPage(net: RoomNetwork, id: string, opts: { name?: string; token?: string; storage?: Storage } = {}): Page {
  const storage = opts.storage ?? memoryStorage();
  const page: Page = {
    id,
    storage,
    views: [],
    discarded: [],
    notices: [],
    client: null as unknown as SyncClient,
    view: () => page.client.view(),
    reload: () => {
      page.client.stop();
      page.client = start();
    },
  };
  const start = () =>
    new SyncClient({
      clientId: id,
      name: opts.name ?? `คน ${id.slice(-4)}`,
      token: opts.token,
      connect: net.connect,
      storage,
      onView: (v) => page.views.push(v),
      onDiscard: (ops, refusal) => page.discarded.push({ ops, refusal }),
      onNotice: (refusal) => page.notices.push(refusal),
      setTimer: net.setTimer,
      clearTimer: net.clearTimer,
    });
  page.client = start();
  return page;
}

/** What two copies of a document must agree on: everything but the host's save stamp. */
export function comparable<T extends { workshop: { updatedAt: string } }>(doc: T | null): unknown {
  if (!doc) return null;
  const { updatedAt: _, ...workshop } = doc.workshop;
  return { ...doc, workshop };
}
