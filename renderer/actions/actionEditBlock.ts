import { editBlockOps } from '../../shared/edits/blocks';
import type { BlockDef } from '../../shared/model/Template';
import { docOf, hasDoc, type Action } from './Action';
import { commitEdit, type EditOutcome } from './commitEdit';

export const actionEditBlock: Action<{ boardId: string; blockId: string; patch: Partial<Omit<BlockDef, 'id'>> }, EditOutcome> = {
  name: 'block.edit',
  label: 'editBlock',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: (ctx, args) => commitEdit(ctx, editBlockOps(docOf(ctx.store), args)),
};
