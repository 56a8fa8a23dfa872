import type { NoteColor } from './Note';

/**
 * Fill, border and a one-letter mark per note colour, shared by the screen and print. The mark
 * keeps colours apart where colour is not seen (black-and-white printers, colour blindness).
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
