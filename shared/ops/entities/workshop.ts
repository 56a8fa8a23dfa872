import type { DocDraft } from '../DocDraft';
import type { Op, OpOf } from '../Op';
import { previousValues } from './previousValues';

/** The workshop's own details: only ever patched; the inverse puts back the fields it named. */
export function applyWorkshopPatch(d: DocDraft, op: OpOf<'workshop.patch'>): Op {
  const current = d.getWorkshop();
  d.setWorkshop({ ...current, ...op.patch });
  return { type: 'workshop.patch', patch: previousValues(current, op.patch) };
}
