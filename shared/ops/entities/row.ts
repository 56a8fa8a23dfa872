import { OpError } from '../OpError';
import { needBoard, type EntitySpec } from './EntitySpec';

/** A row belongs to a table board. */
export const rowSpec: EntitySpec<'rows'> = {
  kind: 'row',
  collection: 'rows',
  check(d, next) {
    const board = needBoard(d, next.boardId);
    if (board.layout.kind !== 'table') throw new OpError('opBoardIsCanvas', { title: board.title });
  },
};
