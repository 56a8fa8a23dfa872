import type { Edit } from '../../shared/edits/blocks';
import type { Message } from '../../shared/i18n';
import type { ActionContext } from './Action';

/** What a layout edit came to: done, refused by the store (it says why), or the problems to show. */
export type EditOutcome = { ok: true } | { ok: false; problems: Message[] };

export function commitEdit({ commit }: ActionContext, edit: Edit): EditOutcome {
  if (!edit.ok) return edit;
  return commit(edit.ops) ? { ok: true } : { ok: false, problems: [] };
}
