import { freeSpot } from '../../../shared/geometry/freeSpot';
import { NOTE_SIZE, type NoteColor } from '../../../shared/model/Note';
import type { WorkshopDoc } from '../../../shared/model/WorkshopDoc';
import type { DraftNote } from '../../store/types';

/** A new note for block `blockId` of board `boardId`, in the block's first free place (as the N key puts one). */
export function quickNoteDraft(doc: WorkshopDoc, boardId: string, blockId: string, color: NoteColor): DraftNote | null {
  const board = doc.boards[boardId];
  if (!board || board.layout.kind !== 'canvas' || !board.layout.blocks.some((b) => b.id === blockId)) return null;
  const notes = Object.values(doc.notes).filter((n) => n.boardId === boardId);
  const spot = freeSpot(board.layout, blockId, notes, NOTE_SIZE.w, NOTE_SIZE.h);
  return { boardId, blockId, x: spot.x, y: spot.y, color };
}
