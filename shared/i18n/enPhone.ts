import type { thPhone } from './thPhone';

/** English for phones (see thPhone.ts). */
export const enPhone: Record<keyof typeof thPhone, string> = {
  quickNoteButton: '+ Note',
  quickNoteTitle: 'Write a note',
  quickNoteText: 'Text on the note',
  quickNoteBlock: 'Put it in block',
  quickNoteSend: 'Send',
  quickNoteNeedText: 'Write some text before sending',
  quickNoteNeedBlock: 'Choose the block for the note',
  quickNoteSent: 'Note put in block "{block}"',
  hintTouch: 'Tap a note to select it, tap again to edit · double-tap in a block to write a note · drag to pan · two fingers to zoom',
  phoneMenu: 'Menu',
  phoneSidebar: 'Steps and boards',
};
