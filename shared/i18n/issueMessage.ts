import type { z } from 'zod';
import type { Message, MessageKey } from './index';

/**
 * The one formatter for validation problems. A schema's issues (from a form, an imported file, or a
 * request refused at the host) become a message in the dictionary that names the field in words
 * ("ชื่อเวิร์กช็อป", "แม่แบบที่ 4 › ช่องที่ 3 › ชื่อ (ไทย)") and says what to do, never the parser's words.
 */
type Issue = z.core.$ZodIssue;

/** How a path segment is named; null leaves a wrapper segment ("fields", "value") out of the words. */
export type FieldNames = Readonly<Record<string, MessageKey | null>>;

/** Array fields whose items are named "แม่แบบที่ {n}", "ช่องที่ {n}" …; other lists use "รายการที่ {n}". */
const ITEM_KEYS: Readonly<Record<string, MessageKey>> = {
  templates: 'field.template',
  blocks: 'field.block',
  columns: 'field.column',
  phases: 'field.phase',
  steps: 'field.step',
  outputs: 'field.output',
};

/** A list named as a whole, when the problem is with the list itself (empty, too long). */
const LIST_KEYS: Readonly<Record<string, MessageKey>> = {
  templates: 'field.templates',
  blocks: 'field.blocks',
  columns: 'field.columns',
  phases: 'field.phases',
  steps: 'field.steps',
  outputs: 'outputs',
};

/** Field names of stored records and files; a context adds or overrides (a workshop's "name"). */
export const FIELD_NAMES: FieldNames = {
  name: 'field.setName',
  templates: null,
  layout: 'field.layout',
  grid: 'field.grid',
  cols: 'field.cols',
  rowHeights: 'field.rowHeights',
  blocks: null,
  columns: null,
  process: 'field.process',
  phases: null,
  steps: null,
  outputs: null,
  id: 'field.id',
  name_th: 'field.nameTh',
  name_en: 'field.nameEn',
  label_th: 'field.nameTh',
  label_en: 'field.nameEn',
  questions_th: 'field.questionsTh',
  questions_en: 'field.questionsEn',
  description_th: 'field.descriptionTh',
  description_en: 'field.descriptionEn',
  purpose_th: 'purposeTh',
  purpose_en: 'purposeEn',
  activities_th: 'activitiesTh',
  activities_en: 'activitiesEn',
  col: 'gridCol',
  row: 'gridRow',
  colSpan: 'spanCols',
  rowSpan: 'spanRows',
  kind: 'field.kind',
  options: 'field.options',
  width: 'field.width',
  color: 'color',
  provenance: 'provenance',
  source_url: 'sourceLink',
  orientation: 'field.orientation',
  number: 'field.number',
  worksheets: 'worksheets',
  text: 'field.text',
  title: 'boardTitle',
  fields: null,
  patch: null,
  value: null,
};

/** A workshop's details, as the form labels them. */
export const WORKSHOP_FIELD_NAMES: FieldNames = {
  ...FIELD_NAMES,
  name: 'workshopName',
  group: 'group',
  tambon: 'tambon',
  amphoe: 'amphoe',
  province: 'province',
  date: 'date',
  facilitator: 'facilitator',
};

/** The field an issue is about, in words: each named segment, items by their 1-based number. */
export function fieldPath(path: readonly PropertyKey[], names: FieldNames = FIELD_NAMES): Message[] {
  const parts: Message[] = [];
  path.forEach((seg, i) => {
    if (typeof seg === 'number') {
      const list = path[i - 1];
      const key = (typeof list === 'string' && ITEM_KEYS[list]) || 'field.item';
      parts.push({ key, vars: { n: seg + 1 } });
      return;
    }
    const name = String(seg);
    const isLast = i === path.length - 1;
    if (isLast && Object.hasOwn(LIST_KEYS, name) && names[name] === null) {
      parts.push({ key: LIST_KEYS[name]! });
    } else if (Object.hasOwn(names, name)) {
      const key = names[name];
      if (key) parts.push({ key });
    } else {
      parts.push({ key: 'field.unknown', vars: { name } });
    }
  });
  return parts.length > 0 ? parts : [{ key: 'field.root' }];
}

const EXPECTED: Readonly<Record<string, MessageKey>> = {
  string: 'field.text',
  number: 'type.number',
  int: 'type.number',
  array: 'type.array',
  object: 'type.object',
  boolean: 'type.boolean',
};

/** One issue as a message: what is wrong with which field, and what to do about it. */
export function issueMessage(issue: Issue, names: FieldNames = FIELD_NAMES): Message {
  const field = fieldPath(issue.path, names);
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return { key: 'issue.missing', vars: { field } };
      return { key: 'issue.wrongType', vars: { field, expected: { key: EXPECTED[issue.expected] ?? 'type.other' } } };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { key: 'issue.empty', vars: { field } } : { key: 'issue.tooFew', vars: { field, min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'issue.tooFew', vars: { field, min } };
      return { key: 'issue.tooSmall', vars: { field, min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'issue.tooLong', vars: { field, max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'issue.tooMany', vars: { field, max } };
      return { key: 'issue.tooBig', vars: { field, max } };
    }
    case 'unrecognized_keys':
      return { key: 'issue.unknownFields', vars: { field, keys: issue.keys.join(', ') } };
    default:
      // A date is the one refined text people type; everything else is "not valid, please correct it".
      if (last === 'date') return { key: 'issue.badDate', vars: { field } };
      return { key: 'issue.badValue', vars: { field } };
  }
}

/** Zod reports the input only when asked (reportInput); otherwise its own message says "received undefined". */
const isMissing = (issue: Issue): boolean => ('input' in issue ? issue.input === undefined : /received undefined$/.test(issue.message));

/** The first few issues as one message; the rest are counted. */
export function issuesMessage(issues: readonly Issue[], names: FieldNames = FIELD_NAMES): Message {
  return listMessage(issues.map((i) => issueMessage(i, names)));
}

/** Several problems as one message: up to three in words, the rest counted. */
export function listMessage(items: readonly Message[]): Message {
  const [a, b, c] = items;
  if (!a) return { key: 'field.root' };
  const list: Message = !b ? a : !c ? { key: 'issue.two', vars: { a, b } } : { key: 'issue.three', vars: { a, b, c } };
  return items.length > 3 ? { key: 'issue.more', vars: { list, n: items.length - 3 } } : list;
}
