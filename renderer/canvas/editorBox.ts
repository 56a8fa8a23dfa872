/** Height kept below the textarea for the character counter (one line of 12 px text). */
export const COUNTER_HEIGHT = 22;
const MARGIN = 6;

/**
 * Where the note editor goes: over the note, but moved and capped so the whole editor, counter
 * included, stays inside the canvas area however long the text or wherever the note is.
 */
export function editorBox(note: { x: number; y: number; w: number; h: number }, area: { w: number; h: number }) {
  const width = Math.max(120, Math.min(note.w, area.w - MARGIN * 2));
  const room = Math.max(60, area.h - MARGIN * 2 - COUNTER_HEIGHT);
  const minHeight = Math.min(note.h, room);
  const left = Math.min(Math.max(note.x, MARGIN), Math.max(MARGIN, area.w - width - MARGIN));
  const top = Math.min(Math.max(note.y, MARGIN), Math.max(MARGIN, area.h - minHeight - COUNTER_HEIGHT - MARGIN));
  const maxHeight = Math.max(minHeight, area.h - top - COUNTER_HEIGHT - MARGIN);
  return { left, top, width, minHeight, maxHeight };
}
