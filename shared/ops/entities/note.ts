import { LIMITS } from '../../model/limits';
import { OpError } from '../OpError';
import { needBoard, type EntitySpec } from './EntitySpec';

/** A note sits on a canvas board, in one of its blocks (or the tray), with text within the limit. */
export const noteSpec: EntitySpec<'notes'> = {
  kind: 'note',
  collection: 'notes',
  check(d, next) {
    const board = needBoard(d, next.boardId);
    if (board.layout.kind !== 'canvas') throw new OpError('opBoardIsTable', { title: board.title });
    if (next.blockId !== null && !board.layout.blocks.some((b) => b.id === next.blockId)) {
      throw new OpError('opNoBlock', { block: next.blockId, title: board.title });
    }
    if (next.text.length > LIMITS.noteText) throw new OpError('opNoteTooLong', { n: LIMITS.noteText });
  },
};
