import type { WorkshopFileProblem } from '../workshopFile/workshopFile';
import { translate, type Lang } from './index';
import { describeRecordProblem } from './recordProblems';
import { recordKindKey } from './recordKind';

const MB = 1024 * 1024;

/** Why a workshop file was refused, in the person's language: the first problem, where it is. */
export function describeWorkshopFileProblem(lang: Lang, p: WorkshopFileProblem): string {
  const kind = (k: Parameters<typeof recordKind>[1]) => recordKind(lang, k);
  switch (p.code) {
    case 'tooLarge':
      return translate(lang, 'wsfTooLarge', { size: (p.size / MB).toFixed(1), max: Math.round(p.max / MB) });
    case 'empty':
      return translate(lang, 'wsfEmpty');
    case 'truncated':
      return translate(lang, 'wsfTruncated', { detail: p.detail });
    case 'notJson':
      return translate(lang, 'wsfNotJson', { detail: p.detail });
    case 'notWorkshopFile':
      return translate(lang, 'wsfNotWorkshopFile');
    case 'badFormatVersion':
      return translate(lang, 'wsfBadFormatVersion');
    case 'newerFormat':
      return translate(lang, 'wsfNewerFormat', { version: p.version, known: p.known });
    case 'badField':
      return translate(lang, 'wsfBadField', { field: p.field });
    case 'newerRecords':
      return translate(lang, 'wsfNewerRecords', { kind: kind(p.kind), version: p.version, known: p.known });
    case 'record': {
      const reason =
        p.problem.reason === 'missingBoard'
          ? translate(lang, 'wsfMissingBoard', { boardId: p.problem.boardId })
          : describeRecordProblem(lang, p.problem);
      if (p.kind === 'workshop') return translate(lang, 'wsfWorkshopRecord', { reason });
      return translate(lang, 'wsfRecord', { kind: kind(p.kind), index: p.index, id: p.id, reason });
    }
    case 'duplicateId':
      return translate(lang, 'wsfDuplicateId', { kind: kind(p.kind), id: p.id });
    case 'tooManyNotes':
      return translate(lang, 'wsfTooManyNotes', { boardId: p.boardId, count: p.count, max: p.max });
    case 'templateSet':
      return translate(lang, 'wsfTemplateSet', { detail: p.detail });
  }
}

/** The whole refusal as one sentence: what went wrong, and that nothing changed. */
export function describeWorkshopImportRefusal(lang: Lang, p: WorkshopFileProblem): string {
  return translate(lang, 'wsfImportFailed', { reason: describeWorkshopFileProblem(lang, p) });
}

function recordKind(lang: Lang, kind: 'workshop' | 'board' | 'note' | 'row' | 'step' | 'templateSet'): string {
  return translate(lang, recordKindKey(kind));
}
