/** Height kept below the textarea for the character counter (one line of 12 px text). */
export const COUNTER_HEIGHT = 22;
const MARGIN = 6;
const MIN_WIDTH = 280;

/**
 * Where the note editor goes: over the note, but moved and capped so the whole editor, counter
 * included, stays inside the canvas area however long the text or wherever the note is.
 */
export function editorBox(note: { x: number; y: number; w: number; h: number }, area: { w: number; h: number }) {
  // Wide enough for the counter's warning to be read whole, even when the board is zoomed out.
  const width = Math.min(Math.max(note.w, MIN_WIDTH), area.w - MARGIN * 2);
  const room = Math.max(60, area.h - MARGIN * 2 - COUNTER_HEIGHT);
  const minHeight = Math.min(note.h, room);
  const left = Math.min(Math.max(note.x, MARGIN), Math.max(MARGIN, area.w - width - MARGIN));
  const top = Math.min(Math.max(note.y, MARGIN), Math.max(MARGIN, area.h - minHeight - COUNTER_HEIGHT - MARGIN));
  const maxHeight = Math.max(minHeight, area.h - top - COUNTER_HEIGHT - MARGIN);
  return { left, top, width, minHeight, maxHeight };
}
