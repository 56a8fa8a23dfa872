import { describe, expect, it } from 'vitest';
import { intersects, noteRect } from '../../shared/geometry/boardGeometry';
import { NOTE_SIZE } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import { perform } from '../../renderer/actions/dispatcher';
import { quickNoteDraft } from '../../renderer/components/phone/quickNoteDraft';
import { board, docWithBoard, note, tableLayout } from '../helpers/fixtures';
import { storeWithDoc } from '../helpers/storeWithDoc';

describe('the quick note sheet: where its note goes', () => {
  it('a free place in the chosen block, clear of the notes already there, through note.create as one undo step', async () => {
    const doc = docWithBoard();
    doc.notes.n1 = note('n1', { blockId: 'right', x: 14, y: 150 });
    doc.notes.n2 = note('n2', { blockId: 'right', x: 200, y: 150 });
    const { store } = await storeWithDoc(doc);
    const draft = quickNoteDraft(store.getState().doc!, 'b1', 'right', 'pink')!;
    expect(draft).toMatchObject({ boardId: 'b1', blockId: 'right', color: 'pink' });
    const layout = doc.boards.b1!.layout as CanvasLayout;
    const placed = noteRect(layout, { ...draft, w: NOTE_SIZE.w, h: NOTE_SIZE.h });
    for (const n of [doc.notes.n1!, doc.notes.n2!]) expect(intersects(placed, noteRect(layout, n))).toBe(false);

    const undo = store.getState().past.length;
    expect(perform(store, 'note.create', { draft, text: 'ขายปุ๋ยหมักให้สวนยาง' })).toBe(true);
    const s = store.getState();
    const made = s.doc!.notes[s.selectedNoteIds[0]!]!;
    expect([made.blockId, made.x, made.y, made.text, made.color]).toEqual(['right', draft.x, draft.y, 'ขายปุ๋ยหมักให้สวนยาง', 'pink']);
    expect(s.past.length).toBe(undo + 1);
  });

  it('nothing for a block the board does not have, or a board that is a table', () => {
    const doc = docWithBoard();
    doc.boards.t1 = board('t1', tableLayout);
    expect(quickNoteDraft(doc, 'b1', 'nowhere', 'yellow')).toBeNull();
    expect(quickNoteDraft(doc, 't1', 'left', 'yellow')).toBeNull();
    expect(quickNoteDraft(doc, 'missing', 'left', 'yellow')).toBeNull();
  });
});
