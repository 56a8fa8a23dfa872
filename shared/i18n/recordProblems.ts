import type { RecordProblem, RecordType } from '../model/recordMigrations';
import type { LeftOut } from '../model/restoreDoc';
import { recordKindKey } from './recordKind';
import { say, translate, type Lang, type Message } from './index';

/** Why a stored record cannot be used, as a message (it crosses to the renderer as data). */
export function recordProblemMessage(p: RecordProblem): Message {
  switch (p.reason) {
    case 'unreadable':
      return { key: 'recordUnreadable' };
    case 'invalid':
      return { key: 'recordInvalid', vars: { detail: p.detail } };
    case 'newer':
      return { key: 'recordNewer', vars: { version: p.version, known: p.known } };
    case 'migration':
      return { key: 'recordMigration', vars: { step: p.step, detail: p.detail } };
    case 'missingBoard':
      return { key: 'recordMissingBoard' };
  }
}

/** Why a stored record cannot be used, in the person's language. */
export const describeRecordProblem = (lang: Lang, p: RecordProblem): string => say(lang, recordProblemMessage(p));

/** One sentence for everything left out of an opened workshop: how many of each kind, and why. */
export function describeLeftOut(lang: Lang, leftOut: readonly LeftOut[]): string {
  const counts = new Map<RecordType, number>();
  for (const l of leftOut) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => translate(lang, 'leftOutPart', { kind: translate(lang, recordKindKey(kind)), n }));
  // The first record's own reason: records on a missing board follow from the board's reason.
  const first = leftOut.find((l) => l.problem.reason !== 'missingBoard') ?? leftOut[0];
  const reason = first ? describeRecordProblem(lang, first.problem) : '';
  return translate(lang, 'leftOut', { parts: parts.join(', '), reason });
}
