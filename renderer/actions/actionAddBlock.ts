import { addBlockOps } from '../../shared/edits/blocks';
import type { Cell } from '../../shared/geometry/gridCells';
import { docOf, hasDoc, type Action } from './Action';
import { commitEdit, type EditOutcome } from './commitEdit';

/** A new block on free cells, or on a new row below when the grid is full (`at` null). */
export const actionAddBlock: Action<
  { boardId: string; label_th: string; at: Cell | null; colSpan?: number; rowSpan?: number },
  EditOutcome
> = {
  name: 'block.add',
  label: 'addBlock',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform: (ctx, args) => commitEdit(ctx, addBlockOps(docOf(ctx.store), args)),
};
