import type Database from 'better-sqlite3';
import type { WorkshopId } from '../../shared/model/ids';
import { LIMITS } from '../../shared/model/limits';
import type { TemplateSetContent } from '../../shared/templates/templateSetFile';
import { readWorkshopFile } from '../../shared/workshopFile/readWorkshopFile';
import {
  MAX_WORKSHOP_FILE_BYTES,
  toWorkshopFile,
  workshopFileName,
  type ImportedSet,
  type WorkshopFileOpen,
  type WorkshopImport,
} from '../../shared/workshopFile/workshopFile';
import { insertWorkshopDoc } from '../backup/insertWorkshopDoc';
import type { TemplateSetService } from './TemplateSetService';
import type { WorkshopService } from './WorkshopService';

export interface ExportedWorkshopFile {
  fileName: string;
  text: string;
  /** Stored records that could not be read and so are not in the file (the person is told). */
  leftOut: number;
}

/** A file the person picked: read only once its size is known to be acceptable. */
export interface PickedFile {
  path: string;
  size: number;
  read(): Promise<string>;
}

/**
 * Workshop files (.cbmc): one workshop and the template set it used, out to a file and back in as a
 * new workshop. Import reads the whole file through the restore gate before a byte is written, then
 * writes everything in one transaction: a refused or failing import leaves the database as it was.
 */
export class WorkshopFileService {
  constructor(
    /** The current connection: a restore from a backup can replace it. */
    private readonly db: () => Database.Database,
    private readonly workshops: WorkshopService,
    private readonly templateSets: TemplateSetService,
    private readonly appVersion: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The workshop as it opens (records that cannot be read are left out and counted) and the active set. */
  export(id: WorkshopId): ExportedWorkshopFile {
    const { doc, leftOut } = this.workshops.openForEditing(id);
    const set = this.templateSets.get(this.templateSets.list().activeId);
    const text = toWorkshopFile(doc, set, { appVersion: this.appVersion, exportedAt: this.now().toISOString() });
    return { fileName: workshopFileName(doc.workshop.name), text, leftOut: leftOut.length };
  }

  /** A file picked in a dialog (Electron): its size is checked before it is read. */
  async importPicked(file: PickedFile | null): Promise<WorkshopFileOpen> {
    if (!file) return { imported: false, canceled: true };
    if (file.size > MAX_WORKSHOP_FILE_BYTES)
      return { imported: false, problem: { code: 'tooLarge', size: file.size, max: MAX_WORKSHOP_FILE_BYTES } };
    return this.import(await file.read());
  }

  import(text: string): WorkshopImport {
    const read = readWorkshopFile(text, this.now().toISOString());
    if (!read.ok) return { imported: false, problem: read.problem };
    const { doc, templateSet, repairs } = read.value;
    if (repairs.length > 0) console.warn(`workshop file imported with repairs:\n  ${repairs.join('\n  ')}`);
    const db = this.db();
    const set = db.transaction(() => {
      insertWorkshopDoc(db, doc);
      return this.placeSet(templateSet);
    })();
    return { imported: true, workshop: doc.workshop, templateSet: set };
  }

  /**
   * The file's template set: when a set with the same templates and steps is already here (the
   * built-in one, usually) it is used as is; otherwise it is added under a name not yet taken. It is
   * never made active on its own, as that would change how every other workshop opens.
   */
  private placeSet(content: TemplateSetContent): ImportedSet {
    const { sets } = this.templateSets.list();
    const wanted = sameContentKey(content);
    for (const s of sets) {
      const existing = this.templateSets.get(s.id);
      if (sameContentKey(existing) === wanted) return { id: s.id, name: s.name, added: false };
    }
    const names = new Set(sets.map((s) => s.name));
    let name = content.name;
    for (let n = 2; names.has(name); n++) name = `${content.name.slice(0, LIMITS.title - 8)} (${n})`;
    const saved = this.templateSets.save({ ...content, name });
    return { id: saved.id, name: saved.name, added: true };
  }
}

function sameContentKey(set: TemplateSetContent): string {
  return JSON.stringify({ templates: set.templates, process: set.process });
}
