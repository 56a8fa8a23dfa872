import type { NoteColor } from '../../shared/model/Note';
import { THAI_LINE_HEIGHT } from '../../shared/text';

/** Fill, border and a one-letter mark per colour: the mark tells colours apart without colour. */
export const NOTE_COLORS: Record<NoteColor, { fill: string; border: string; mark: string }> = {
  yellow: { fill: '#fff3a3', border: '#d9c24a', mark: 'Y' },
  orange: { fill: '#ffd3a8', border: '#e09a52', mark: 'O' },
  pink: { fill: '#ffc9dc', border: '#de7fa3', mark: 'P' },
  green: { fill: '#c9efc0', border: '#72b863', mark: 'G' },
  blue: { fill: '#c4e2ff', border: '#5f9fd9', mark: 'B' },
  purple: { fill: '#e0d0ff', border: '#9b7fd6', mark: 'V' },
  white: { fill: '#ffffff', border: '#a9a9a9', mark: 'W' },
};

export const NOTE_FONT_SIZE = 17;
export const NOTE_PADDING = 10;
export const NOTE_LINE_HEIGHT = NOTE_FONT_SIZE * THAI_LINE_HEIGHT;
export const FONT_FAMILY = 'Sarabun, "Noto Sans Thai", sans-serif';
