import { THAI_LINE_HEIGHT } from '../../shared/text';

/** The same colours as in print, with their marks. */
export { NOTE_STYLE as NOTE_COLORS } from '../../shared/model/noteStyle';

export const NOTE_FONT_SIZE = 17;
/** The least zoom at which a note's text is 16 px, the size below which phones zoom the page into a text field. */
export const READABLE_SCALE = 16 / NOTE_FONT_SIZE;
export const NOTE_PADDING = 10;
export const NOTE_LINE_HEIGHT = NOTE_FONT_SIZE * THAI_LINE_HEIGHT;
export const FONT_FAMILY = 'Sarabun, "Noto Sans Thai", sans-serif';
