import { z } from 'zod';
import { say, type Message } from '../i18n';
import { issuesMessage, listMessage } from '../i18n/issueMessage';
import { layoutProblems } from '../geometry/validateLayout';
import { LIMITS } from '../model/limits';
import { migrateRecord, recordMigrations } from '../model/recordMigrations';
import { templateSchema, type Template } from '../model/Template';
import { allSteps, processSchema, type Process } from '../process/Process';
import { safeFileName } from '../text/safeFileName';

/** A template set file: `{ format: 'cbmc-template-set', version: 1, name, templates, process }`. */
export const TEMPLATE_SET_FORMAT = 'cbmc-template-set';
/**
 * How template sets (files and stored rows alike) are brought up to this version's format. Append a
 * step when the format changes; never edit a shipped one. The file's "version" is this version.
 */
export const templateSetMigrations = recordMigrations('templateSet', []);
export const TEMPLATE_SET_VERSION = templateSetMigrations.version;
/** Larger than any real set (the built-in one is ~150 kB); stops a wrong file early. */
export const MAX_TEMPLATE_SET_CHARS = 4_000_000;

export const templateSetContentSchema = z.object({
  name: z.string().trim().min(1, 'the set has no name').max(LIMITS.title, `name is longer than ${LIMITS.title} characters`),
  templates: z.array(templateSchema).min(1, 'the set has no templates').max(200, 'more than 200 templates'),
  process: processSchema,
});
/** What a template set holds: its templates and the process (steps) they are used in. */
export interface TemplateSetContent {
  name: string;
  templates: Template[];
  process: Process;
}

/** A stored set. The built-in set has the id 'builtin' and is never stored. */
export interface TemplateSet extends TemplateSetContent {
  id: string;
  createdAt: string;
  updatedAt: string;
}
export const BUILTIN_SET_ID = 'builtin';

/** A refusal carries the message to show (in the UI language) and its English words for logs. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: Message; problem: string };
const refuse = (message: Message): { ok: false; message: Message; problem: string } => ({
  ok: false,
  message,
  problem: say('en', message),
});

/**
 * What schemas cannot see: template ids used twice, layouts with overlapping or off-grid blocks,
 * steps naming worksheets the set does not have, step or output ids used twice.
 */
export function checkTemplateSet(set: TemplateSetContent): Message[] {
  const problems: Message[] = [];
  const ids = new Set<string>();
  for (const t of set.templates) {
    if (ids.has(t.id)) problems.push({ key: 'set.duplicateTemplate', vars: { id: t.id } });
    ids.add(t.id);
    for (const problem of layoutProblems(t.layout)) problems.push({ key: 'set.templateProblem', vars: { id: t.id, problem } });
  }
  const stepIds = new Set<string>();
  const outputIds = new Set<string>();
  for (const s of allSteps(set.process)) {
    if (stepIds.has(s.id)) problems.push({ key: 'set.duplicateStep', vars: { id: s.id } });
    stepIds.add(s.id);
    for (const w of s.worksheets) {
      if (!ids.has(w)) problems.push({ key: 'set.missingWorksheet', vars: { n: s.number, id: s.id, worksheet: w } });
    }
    for (const o of s.outputs) {
      if (outputIds.has(o.id)) problems.push({ key: 'set.duplicateOutput', vars: { id: o.id } });
      outputIds.add(o.id);
    }
  }
  return problems;
}

/** Validates a set's content: schema first, then the cross-checks. Defaults are filled in. */
export function validateTemplateSet(input: unknown): Checked<TemplateSetContent> {
  const parsed = templateSetContentSchema.safeParse(input);
  if (!parsed.success) return refuse(issuesMessage(parsed.error.issues));
  const problems = checkTemplateSet(parsed.data);
  if (problems.length > 0) return refuse(listMessage(problems));
  return { ok: true, value: parsed.data };
}

/** Reads a template set file. Every refusal names the problem; nothing is half-read. */
export function parseTemplateSetFile(text: string): Checked<TemplateSetContent> {
  if (text.length > MAX_TEMPLATE_SET_CHARS) {
    return refuse({ key: 'import.tooLarge', vars: { size: text.length, max: MAX_TEMPLATE_SET_CHARS } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's own words ("Unexpected token …") help nobody choosing a file.
    return refuse({ key: 'import.notJson' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse({ key: 'import.notASet' });
  const { format, version, ...content } = data as Record<string, unknown>;
  if (format !== TEMPLATE_SET_FORMAT) return refuse({ key: 'import.notASet' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ key: 'import.noVersion' });
  if (version > TEMPLATE_SET_VERSION) return refuse({ key: 'import.newer', vars: { version, known: TEMPLATE_SET_VERSION } });
  const migrated = migrateRecord(templateSetMigrations, content, version);
  if (!migrated.ok) {
    const p = migrated.problem;
    return refuse(
      p.reason === 'migration' ? { key: 'recordMigration', vars: { step: p.step, detail: p.detail } } : { key: 'import.notASet' },
    );
  }
  return validateTemplateSet(migrated.record);
}

/** The file a set is exported as: readable JSON with the format and version first. */
export function toTemplateSetFile(set: TemplateSetContent): string {
  const { name, templates, process } = set;
  return JSON.stringify({ format: TEMPLATE_SET_FORMAT, version: TEMPLATE_SET_VERSION, name, templates, process }, null, 2);
}

/** A file name for the export: the set's name, kept to safe characters (Thai letters are kept). */
export function templateSetFileName(name: string): string {
  return safeFileName(name, { extension: '.cbmc-templates.json', fallback: 'template-set' });
}

/** What the set list shows. */
export interface TemplateSetSummary {
  id: string;
  name: string;
  templateCount: number;
  stepCount: number;
  builtin: boolean;
  updatedAt: string;
}
