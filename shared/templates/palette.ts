/**
 * Soft fills for canvas blocks. Every colour is light (high luminance), so it prints as a pale grey
 * on a black-and-white printer and never hides the notes or the label on top of it.
 */
export const PASTEL = {
  blue: '#dbeafe',
  sky: '#e0f2fe',
  teal: '#ccfbf1',
  green: '#dcfce7',
  lime: '#ecfccb',
  yellow: '#fef9c3',
  amber: '#fef3c7',
  orange: '#ffedd5',
  rose: '#ffe4e6',
  pink: '#fce7f3',
  violet: '#ede9fe',
  slate: '#e2e8f0',
  grey: '#f1f5f9',
} as const;

/** One fill per community capital, shared by every template that shows the five capitals. */
export const CAPITAL_COLORS = {
  human: PASTEL.pink,
  social: PASTEL.violet,
  natural: PASTEL.green,
  physical: PASTEL.orange,
  financial: PASTEL.yellow,
} as const;
