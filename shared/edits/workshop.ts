import type { WorkshopFields } from '../model/Workshop';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Op } from '../ops';

/** The workshop's details as edited: one workshop.patch naming only the fields that changed. */
export function patchWorkshopOps(doc: WorkshopDoc, fields: Partial<WorkshopFields>): Op[] {
  const patch: Partial<WorkshopFields> = {};
  for (const [k, v] of Object.entries(fields) as [keyof WorkshopFields, string][]) {
    if (v !== undefined && doc.workshop[k] !== v) patch[k] = v;
  }
  return Object.keys(patch).length > 0 ? [{ type: 'workshop.patch', patch }] : [];
}
