import type { thRoomRules } from './thRoomRules';

/** English for the room host's refusals (see thRoomRules.ts); part of the English dictionary. */
export const enRoomRules: Record<keyof typeof thRoomRules, string> = {
  'roomRules.boards': 'Participants cannot add, change or delete boards; the facilitator can',
  'roomRules.steps': 'Participants cannot change the steps; the facilitator can',
  'roomRules.workshop': "Participants cannot change the workshop's details; the facilitator can",
  'roomRules.rowEdit': 'Participants cannot delete or reorder table rows, only edit their cells',
  'roomRules.locked': 'The facilitator made board "{board}" read-only; this edit was not saved',
  'roomRules.rateLimited': 'Edits are coming too fast ({n} in {seconds} seconds); this one was not saved. Wait a moment and try again',
  'roomRules.badMessage': 'This page sent a malformed message ({detail}); nothing was changed. Reload the page and try again',
  'roomRules.helloFirst': 'This page must say hello before it sends edits. Reload the page and try again',
  'roomRules.removedBefore': 'The facilitator removed this page from the room; it cannot come back',
  'roomRules.byeClosed': 'The facilitator closed the room',
  'roomRules.byeRemoved': 'The facilitator removed you from the room',
  'roomRules.byeReplaced': 'This page is in the room in another tab or device, so this one stopped',
  'roomRules.failed': 'This edit could not be saved: {message}',
};
