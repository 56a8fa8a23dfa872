import { validateLayout } from '../../geometry/validateLayout';
import type { Board } from '../../model/Board';
import type { DocDraft } from '../DocDraft';
import { OpError } from '../OpError';
import type { EntitySpec } from './EntitySpec';

/** A board keeps a sound layout of its kind, holds nothing when removed, and strands no note. */
export const boardSpec: EntitySpec<'boards'> = {
  kind: 'board',
  collection: 'boards',
  check(d, next, before) {
    if (before && next.layout === before.layout) return;
    if (before && next.layout.kind !== before.layout.kind) {
      throw new OpError('opLayoutKind', { title: before.title, from: before.layout.kind, to: next.layout.kind });
    }
    const problems = validateLayout(next.layout);
    if (problems.length > 0) throw new OpError('opBadLayout', { title: next.title, problems: problems.join('; ') });
    if (before) checkNotesStillPlaced(d, next);
  },
  checkRemove(d, current) {
    const held = d.heldBy(current.id);
    if (held.notes.size > 0 || held.rows > 0) throw new OpError('opBoardNotEmpty', { title: current.title, id: current.id });
  },
};

/** A layout change may drop blocks only once no note sits in them; looks at this board's notes alone. */
function checkNotesStillPlaced(d: DocDraft, board: Board): void {
  if (board.layout.kind !== 'canvas') return;
  const ids = new Set(board.layout.blocks.map((b) => b.id));
  let stranded = 0;
  for (const id of d.heldBy(board.id).notes) {
    const n = d.get('notes', id);
    if (n && n.blockId !== null && !ids.has(n.blockId)) stranded++;
  }
  if (stranded > 0) throw new OpError('opNotesStranded', { n: stranded });
}
