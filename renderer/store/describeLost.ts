import { translate, type Lang, type MessageKey } from '../../shared/i18n';
import type { Op } from '../../shared/ops';

/** Which kind of edit an op was, in the words the person used. */
function groupOf(op: Op): MessageKey {
  switch (op.type) {
    case 'note.add':
      return 'lostNotesAdded';
    case 'note.patch':
    case 'note.remove':
      return 'lostNoteEdits';
    case 'row.add':
    case 'row.patch':
    case 'row.cell':
    case 'row.remove':
      return 'lostRows';
    case 'step.add':
    case 'step.patch':
    case 'step.remove':
      return 'lostSteps';
    default:
      return 'lostOther';
  }
}

/** "2 new notes, 1 step change": what a refusal took off the screen. */
export function describeLost(lang: Lang, ops: readonly Op[]): string {
  const counts = new Map<MessageKey, number>();
  for (const op of ops) counts.set(groupOf(op), (counts.get(groupOf(op)) ?? 0) + 1);
  return [...counts].map(([key, n]) => translate(lang, key, { n })).join(', ');
}

/** The text typed into refused edits (notes, cells, step notes), one piece a line, for copying back. */
export function lostText(ops: readonly Op[]): string {
  const pieces: string[] = [];
  const push = (s: unknown) => {
    if (typeof s === 'string' && s.trim() !== '' && !pieces.includes(s)) pieces.push(s);
  };
  for (const op of ops) {
    if (op.type === 'note.add') push(op.value.text);
    else if (op.type === 'note.patch') push(op.patch.text);
    else if (op.type === 'row.add') Object.values(op.value.cells).forEach(push);
    else if (op.type === 'row.patch') Object.values(op.patch.cells ?? {}).forEach(push);
    else if (op.type === 'row.cell') push(op.value);
    else if (op.type === 'step.add') push(op.value.notes);
    else if (op.type === 'step.patch') push(op.patch.notes);
  }
  return pieces.join('\n\n');
}
