import { patchWorkshopOps } from '../../shared/edits/workshop';
import type { WorkshopFields } from '../../shared/model/Workshop';
import type { Action } from './Action';

/**
 * Edits a workshop's details. In the open workshop it is a workshop.patch op like any other edit,
 * undoable; from the list (nothing open) the host applies the same op through workshops.update.
 * Rejects with the host's message when the details are refused.
 */
export const actionPatchWorkshop: Action<{ workshopId: string; fields: Partial<WorkshopFields> }, Promise<void>> = {
  name: 'workshop.patch',
  label: 'rename',
  shortcuts: [],
  undoable: true,
  enabled: () => true,
  async perform({ store, commit }, { workshopId, fields }) {
    const doc = store.getState().doc;
    if (doc?.workshop.id === workshopId) {
      commit(patchWorkshopOps(doc, fields));
      return;
    }
    await store.host['workshops.update']({ id: workshopId as never, fields });
  },
};
