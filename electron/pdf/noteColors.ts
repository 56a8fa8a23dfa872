import type { NoteColor } from '../../shared/model/Note';
import type { MessageKey } from '../../shared/i18n';

/** The same colours as on screen (shared/model/noteStyle.ts). */
export { NOTE_STYLE } from '../../shared/model/noteStyle';

export const colorLabel = (c: NoteColor): MessageKey => `color_${c}`;

/** Note borders are drawn dark enough to survive grey-scale printing. */
export const NOTE_EDGE = '#6b6b6b';
