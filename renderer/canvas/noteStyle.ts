import { THAI_LINE_HEIGHT } from '../../shared/text';

/** The same colours as in print, with their marks. */
export { NOTE_STYLE as NOTE_COLORS } from '../../shared/model/noteStyle';

export const NOTE_FONT_SIZE = 17;
export const NOTE_PADDING = 10;
export const NOTE_LINE_HEIGHT = NOTE_FONT_SIZE * THAI_LINE_HEIGHT;
export const FONT_FAMILY = 'Sarabun, "Noto Sans Thai", sans-serif';
