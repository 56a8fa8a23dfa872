import { addBoardOps } from '../../shared/edits/boards';
import { addedIds } from '../../shared/edits/notes';
import type { Template } from '../../shared/model/Template';
import { docOf, hasDoc, type Action } from './Action';

/** A board made from a template; answers the new board's id, or null if it was refused. */
export const actionAddBoard: Action<{ template: Template; title: string }, string | null> = {
  name: 'board.addFromTemplate',
  label: 'addBoard',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform({ store, commit }, args) {
    const ops = addBoardOps(docOf(store), args);
    return commit(ops) ? addedIds(ops)[0]! : null;
  },
};
