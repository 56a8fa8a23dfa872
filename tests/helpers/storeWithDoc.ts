import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { createAppStore } from '../../renderer/store/createAppStore';
import { fakeHost } from './fakeHost';

/** A store with `doc` open on its first board (or none), talking to a fake host that holds the same doc. */
export async function storeWithDoc(doc: WorkshopDoc, boardId: string | null = Object.keys(doc.boards)[0] ?? null) {
  const fake = fakeHost(doc);
  const store = createAppStore(fake.host);
  store.getState().setScreen({ kind: 'workshop', workshopId: doc.workshop.id, boardId });
  await store.getState().loadWorkshop(doc.workshop.id);
  return { store, fake };
}
