import type { HostApi } from '../../shared/contract/contract';
import { openDatabase } from '../db/openDatabase';
import { WorkshopService } from './WorkshopService';
import { TemplateSetService } from './TemplateSetService';
import { PdfService } from './PdfService';
import { APP_VERSION } from './appVersion';
import { WorkshopFileService, type PickedFile } from './WorkshopFileService';
import { HostError } from '../../shared/contract/HostError';
import path from 'node:path';

export type Services = HostApi & { close(): void; pdf: PdfService };

export interface ServiceOptions {
  /** Folder holding the SQLite database. */
  dataDir: string;
  /** The app's resources/ folder (fonts, samples). */
  resourcesDir: string;
  /** Where a PDF goes in this host: Electron asks the user; without it, pdf.save is refused. */
  savePdf?: (suggestedName: string, bytes: Buffer) => Promise<string | null>;
  /** Electron: asks where to save a workshop file and writes it; null when the person cancels. */
  saveWorkshopFile?: (suggestedName: string, text: string) => Promise<string | null>;
  /** Electron: asks which workshop file to import; null when the person cancels. */
  openWorkshopFile?: () => Promise<PickedFile | null>;
  /** The bundled PDF worker (Electron); the TypeScript worker is found on its own elsewhere. */
  pdfWorkerFile?: string;
}

/** Wires every contract channel to its use case. Both hosts call exactly this. */
export function createServices(opts: ServiceOptions): Services {
  const db = openDatabase(opts.dataDir);
  const workshops = new WorkshopService(db);
  const templateSets = new TemplateSetService(db);
  const workshopFiles = new WorkshopFileService(db, workshops, templateSets, APP_VERSION);
  const pdf = new PdfService(workshops, () => templateSets.library(), {
    fontsDir: path.join(opts.resourcesDir, 'fonts'),
    workerFile: opts.pdfWorkerFile,
  });
  return {
    'workshops.list': async () => workshops.list(),
    'workshops.create': async ({ fields }) => workshops.create(fields),
    'workshops.update': async ({ id, fields }) => workshops.update(id, fields),
    'workshops.delete': async ({ id }) => {
      workshops.delete(id);
      return { deleted: true as const };
    },
    'workshop.open': async ({ id }) => workshops.openForEditing(id),
    'ops.apply': async ({ workshopId, ops }) => workshops.applyOps(workshopId, ops),
    'library.get': async () => templateSets.library(),
    'templateSets.list': async () => templateSets.list(),
    'templateSets.get': async ({ id }) => templateSets.get(id),
    'templateSets.save': async (req) => templateSets.save(req),
    'templateSets.import': async ({ text }) => templateSets.import(text),
    'templateSets.export': async ({ id }) => templateSets.export(id),
    'templateSets.delete': async ({ id }) => {
      templateSets.delete(id);
      return { deleted: true as const };
    },
    'templateSets.activate': async ({ id }) => templateSets.activate(id),
    'pdf.start': async ({ workshopId, request }) => ({ jobId: pdf.start(workshopId, request) }),
    'pdf.status': async ({ jobId }) => pdf.jobs.status(jobId),
    'pdf.save': async ({ jobId }) => {
      if (!opts.savePdf) throw new HostError('invalid', 'this host hands out PDFs at GET /api/pdf/<jobId>');
      const { bytes, fileName } = pdf.jobs.take(jobId);
      const saved = await opts.savePdf(fileName, bytes);
      return saved ? { saved: true, path: saved, fileName } : { saved: false, fileName };
    },
    'workshopFile.export': async ({ id }) => workshopFiles.export(id),
    'workshopFile.save': async ({ id }) => {
      if (!opts.saveWorkshopFile) throw new HostError('invalid', 'this host hands out workshop files at GET /api/workshop-file/<id>');
      const { fileName, text, leftOut } = workshopFiles.export(id);
      const saved = await opts.saveWorkshopFile(fileName, text);
      return saved ? { saved: true, path: saved, fileName, leftOut } : { saved: false, fileName, leftOut };
    },
    'workshopFile.import': async ({ text }) => workshopFiles.import(text),
    'workshopFile.open': async () => {
      if (!opts.openWorkshopFile) throw new HostError('invalid', 'this host imports workshop files through workshopFile.import');
      return workshopFiles.importPicked(await opts.openWorkshopFile());
    },
    pdf,
    close: () => db.close(),
  };
}
