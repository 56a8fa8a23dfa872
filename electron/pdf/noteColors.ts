import type { NoteColor } from '../../shared/model/Note';
import type { LabelKey } from './labels';

/**
 * Fill, border and a one-letter mark per note colour, the same as on screen
 * (renderer/canvas/noteStyle.ts). The mark keeps colours apart on a black-and-white printer.
 */
export const NOTE_STYLE: Record<NoteColor, { fill: string; border: string; mark: string }> = {
  yellow: { fill: '#fff3a3', border: '#d9c24a', mark: 'Y' },
  orange: { fill: '#ffd3a8', border: '#e09a52', mark: 'O' },
  pink: { fill: '#ffc9dc', border: '#de7fa3', mark: 'P' },
  green: { fill: '#c9efc0', border: '#72b863', mark: 'G' },
  blue: { fill: '#c4e2ff', border: '#5f9fd9', mark: 'B' },
  purple: { fill: '#e0d0ff', border: '#9b7fd6', mark: 'V' },
  white: { fill: '#ffffff', border: '#a9a9a9', mark: 'W' },
};

export const colorLabel = (c: NoteColor): LabelKey => `color_${c}` as LabelKey;

/** Note borders are drawn dark enough to survive grey-scale printing. */
export const NOTE_EDGE = '#6b6b6b';
