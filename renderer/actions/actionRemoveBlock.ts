import { removeBlockOps } from '../../shared/edits/blocks';
import { docOf, hasDoc, type Action } from './Action';
import { commitEdit, type EditOutcome } from './commitEdit';

/** Removes a block; its notes move to the unplaced tray in the same undo step. */
export const actionRemoveBlock: Action<{ boardId: string; blockId: string }, EditOutcome> = {
  name: 'block.remove',
  label: 'removeBlock',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: (ctx, args) => commitEdit(ctx, removeBlockOps(docOf(ctx.store), args)),
};
