import { useMemo } from 'react';
import type { Board } from '../../shared/model/Board';
import type { Note } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import { blockRects, noteRect } from '../../shared/geometry/boardGeometry';
import type { DrawnNote } from './drawNotes';
import { useApp } from '../app/StoreContext';

/** The board's notes in drawing order (z ascending) with their rectangles in board units. */
export function useDrawnNotes(board: Board & { layout: CanvasLayout }): DrawnNote[] {
  const notes = useApp((s) => s.doc?.notes);
  return useMemo(() => {
    const rects = blockRects(board.layout);
    const list: Note[] = [];
    for (const n of Object.values(notes ?? {})) if (n.boardId === board.id) list.push(n);
    list.sort((a, b) => a.z - b.z);
    return list.map((note) => ({ note, rect: noteRect(board.layout, note, rects) }));
  }, [notes, board.id, board.layout]);
}
