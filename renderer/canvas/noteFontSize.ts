import type { Rect } from '../../shared/geometry/boardGeometry';
import type { Note } from '../../shared/model/Note';
import { NOTE_FONT_SIZE } from './noteStyle';

/**
 * The size, in board units, a note's text is drawn at. Everything that needs to know how large a
 * note's text will look (drawing it, presentation mode choosing a zoom the room can read) asks
 * here, so they can never disagree.
 */
export function noteFontSize(_note: Note, _rect: Rect): number {
  return NOTE_FONT_SIZE;
}
