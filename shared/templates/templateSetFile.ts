import { z } from 'zod';
import { validateLayout } from '../geometry/validateLayout';
import { LIMITS } from '../model/limits';
import { migrateRecord, recordMigrations } from '../model/recordMigrations';
import { templateSchema, type Template } from '../model/Template';
import { allSteps, processSchema, type Process } from '../process/Process';

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

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * What schemas cannot see: template ids used twice, layouts with overlapping or off-grid blocks,
 * steps naming worksheets the set does not have, step or output ids used twice.
 */
export function checkTemplateSet(set: TemplateSetContent): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const t of set.templates) {
    if (ids.has(t.id)) problems.push(`template id "${t.id}" is used twice`);
    ids.add(t.id);
    for (const p of validateLayout(t.layout)) problems.push(`template "${t.id}": ${p}`);
  }
  const stepIds = new Set<string>();
  const outputIds = new Set<string>();
  for (const s of allSteps(set.process)) {
    if (stepIds.has(s.id)) problems.push(`step id "${s.id}" is used twice`);
    stepIds.add(s.id);
    for (const w of s.worksheets) {
      if (!ids.has(w)) problems.push(`step ${s.number} ("${s.id}") uses worksheet "${w}", which is not a template in this set`);
    }
    for (const o of s.outputs) {
      if (outputIds.has(o.id)) problems.push(`output id "${o.id}" is used twice`);
      outputIds.add(o.id);
    }
  }
  return problems;
}

/** Validates a set's content: schema first, then the cross-checks. Defaults are filled in. */
export function validateTemplateSet(input: unknown): Checked<TemplateSetContent> {
  const parsed = templateSetContentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problem: describeIssues(parsed.error) };
  const problems = checkTemplateSet(parsed.data);
  if (problems.length > 0) return { ok: false, problem: listProblems(problems) };
  return { ok: true, value: parsed.data };
}

/** Reads a template set file. Every refusal names the problem; nothing is half-read. */
export function parseTemplateSetFile(text: string): Checked<TemplateSetContent> {
  if (text.length > MAX_TEMPLATE_SET_CHARS) {
    return { ok: false, problem: `the file is too large (${text.length} characters; at most ${MAX_TEMPLATE_SET_CHARS})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `the file is not valid JSON (${(e as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'the file does not hold a template set object' };
  const { format, version, ...content } = data as Record<string, unknown>;
  if (format !== TEMPLATE_SET_FORMAT) return { ok: false, problem: `the file is not a CBMC Studio template set (format should be "${TEMPLATE_SET_FORMAT}")` };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'the file has no valid "version" number' };
  if (version > TEMPLATE_SET_VERSION) {
    return { ok: false, problem: `the file is format version ${version}, newer than this CBMC Studio knows (${TEMPLATE_SET_VERSION}); please update the app` };
  }
  const migrated = migrateRecord(templateSetMigrations, content, version);
  if (!migrated.ok) {
    const p = migrated.problem;
    return { ok: false, problem: p.reason === 'migration' ? `updating the file's old format failed at step ${p.step} (${p.detail})` : 'the file does not hold a template set object' };
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
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 80) || 'template-set';
  return `${base}.cbmc-templates.json`;
}

function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((i) => {
    const path = i.path.join('.');
    const missing = i.code === 'invalid_type' && /received undefined/.test(i.message);
    if (missing) return `missing field "${path}"`;
    return path ? `${path}: ${i.message}` : i.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return parts.join('; ') + more;
}

function listProblems(problems: string[]): string {
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
  return problems.slice(0, 3).join('; ') + more;
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
