import type { Rect } from '../../shared/geometry/boardGeometry';
import type { Note } from '../../shared/model/Note';
import { noteText } from './textMeasure';

/**
 * The size, in board units, a note's text is drawn at: the same fitted size drawNotes uses
 * (noteText), so presentation mode's zoom for a readable block can never disagree with the drawing.
 */
export function noteFontSize(note: Note, rect: Rect): number {
  return noteText(note.text, rect.w, rect.h).size;
}
