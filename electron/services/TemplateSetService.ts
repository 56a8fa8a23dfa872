import type Database from 'better-sqlite3';
import { customAlphabet } from 'nanoid';
import { HostError } from '../../shared/contract/HostError';
import { recordProblemMessage } from '../../shared/i18n/recordProblems';
import { migrateRecord } from '../../shared/model/recordMigrations';
import { allSteps } from '../../shared/process/Process';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import type { Library } from '../../shared/templates/Library';
import {
  BUILTIN_SET_ID,
  parseTemplateSetFile,
  templateSetMigrations,
  templateSetFileName,
  toTemplateSetFile,
  validateTemplateSet,
  type Checked,
  type TemplateSet,
  type TemplateSetContent,
  type TemplateSetSummary,
} from '../../shared/templates/templateSetFile';
import { TemplateSetRepository, type StoredSetRow } from '../db/templateSetRepository';
import { say, translate } from '../../shared/i18n';

const newSetId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16);
/** The set list is not translated by the renderer, so the built-in set's name carries both languages. */
const BUILTIN_NAME = `${translate('th', 'builtinSetName')} (${translate('en', 'builtinSetName')})`;

/**
 * Template sets: the built-in one (never stored, never changed) and facilitators' own, saved,
 * imported and exported as files. One set is active; it is the library every workshop opens with.
 * Everything is validated before a byte is written, so a bad import leaves storage as it was.
 */
export class TemplateSetService {
  private readonly repo: TemplateSetRepository;

  constructor(
    db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.repo = new TemplateSetRepository(db);
  }

  list(): { sets: TemplateSetSummary[]; activeId: string } {
    const stored = this.repo.list().flatMap((r) => {
      const v = restoreSet(r);
      if (!v.ok) console.warn(`template set ${r.id} left out: ${v.problem}`);
      return v.ok ? [summary({ ...v.value, id: r.id, createdAt: r.createdAt, updatedAt: r.updatedAt }, false)] : [];
    });
    return { sets: [summary(this.builtin(), true), ...stored], activeId: this.activeId() };
  }

  get(id: string): TemplateSet {
    if (id === BUILTIN_SET_ID) return this.builtin();
    const row = this.repo.get(id);
    if (!row) throw new HostError('not_found', `template set "${id}" does not exist`, 'error.setNotFound');
    const v = restoreSet(row);
    if (!v.ok)
      throw new HostError('unavailable', `template set "${row.name}" is unreadable: ${v.problem}`, 'error.setUnreadable', {
        name: row.name,
        details: v.message,
      });
    return { ...v.value, id, createdAt: row.createdAt, updatedAt: row.updatedAt };
  }

  /** Creates (no id) or replaces a set. The built-in set is read-only: save a copy instead. */
  save(input: { id?: string | undefined } & TemplateSetContent): TemplateSetSummary {
    if (input.id === BUILTIN_SET_ID)
      throw new HostError('invalid', 'the built-in template set cannot be changed; save it as a new set', 'builtinSet');
    const { id: _id, ...content } = input;
    const v = validateTemplateSet(content);
    if (!v.ok) throw new HostError('invalid', `template set not saved: ${v.problem}`, 'error.setNotSaved', { details: v.message });
    const stamp = this.now().toISOString();
    const existing = input.id ? this.repo.get(input.id) : undefined;
    if (input.id && !existing) throw new HostError('not_found', `template set "${input.id}" does not exist`, 'error.setNotFound');
    const set: TemplateSet = { ...v.value, id: input.id ?? `ts${newSetId()}`, createdAt: existing?.createdAt ?? stamp, updatedAt: stamp };
    this.repo.save({
      id: set.id,
      name: set.name,
      data: { name: set.name, templates: set.templates, process: set.process },
      createdAt: set.createdAt,
      updatedAt: set.updatedAt,
    });
    return summary(set, false);
  }

  import(text: string): TemplateSetSummary {
    const parsed = parseTemplateSetFile(text);
    if (!parsed.ok)
      throw new HostError('invalid', `cannot import the template set: ${parsed.problem}. Nothing was changed.`, 'import.refused', {
        details: parsed.message,
      });
    return this.save(parsed.value);
  }

  export(id: string): { fileName: string; text: string } {
    const set = this.get(id);
    return { fileName: templateSetFileName(set.name), text: toTemplateSetFile(set) };
  }

  delete(id: string): void {
    if (id === BUILTIN_SET_ID) throw new HostError('invalid', 'the built-in template set cannot be deleted', 'error.builtinNoDelete');
    if (!this.repo.delete(id)) throw new HostError('not_found', `template set "${id}" does not exist`, 'error.setNotFound');
  }

  /** Chooses the set workshops use; returns its library. */
  activate(id: string): Library {
    const set = this.get(id);
    this.repo.setActive(id === BUILTIN_SET_ID ? null : id);
    return { templates: set.templates, process: set.process };
  }

  /** The active set's templates and process; the built-in ones when none is chosen or it is unreadable. */
  library(): Library {
    const id = this.activeId();
    if (id === BUILTIN_SET_ID) return BUILTIN_LIBRARY;
    try {
      const set = this.get(id);
      return { templates: set.templates, process: set.process };
    } catch (e) {
      console.warn(`active template set unusable, using the built-in one: ${(e as Error).message}`);
      return BUILTIN_LIBRARY;
    }
  }

  private activeId(): string {
    const id = this.repo.activeId();
    return id && this.repo.get(id) ? id : BUILTIN_SET_ID;
  }

  private builtin(): TemplateSet {
    return { id: BUILTIN_SET_ID, name: BUILTIN_NAME, ...BUILTIN_LIBRARY, createdAt: '', updatedAt: '' };
  }
}

/** A stored set through the gate: readable, migrated from its version (a newer one refused), validated. */
function restoreSet(row: StoredSetRow): Checked<TemplateSetContent> {
  const json = row.record.json;
  const migrated = json.ok
    ? migrateRecord(templateSetMigrations, json.value, row.record.version)
    : ({ ok: false, problem: { reason: 'unreadable', detail: json.error } } as const);
  if (!migrated.ok) {
    const message = recordProblemMessage(migrated.problem);
    return { ok: false, message, problem: say('en', message) };
  }
  return validateTemplateSet(migrated.record);
}

function summary(set: TemplateSet, builtin: boolean): TemplateSetSummary {
  return {
    id: set.id,
    name: set.name,
    templateCount: set.templates.length,
    stepCount: allSteps(set.process).length,
    builtin,
    updatedAt: set.updatedAt,
  };
}
