import type { HostApi } from '../../shared/contract/contract';
import { openDatabase } from '../db/openDatabase';
import { acquireDataFolderLock, type ProcessKind } from '../db/dataFolderLock';
import { WorkshopService } from './WorkshopService';
import { TemplateSetService } from './TemplateSetService';
import { PdfService } from './PdfService';
import { HostError } from '../../shared/contract/HostError';
import fs from 'node:fs';
import path from 'node:path';

export type Services = HostApi & { close(): void; pdf: PdfService };

export interface ServiceOptions {
  /** Folder holding the SQLite database. */
  dataDir: string;
  /** The app's resources/ folder (fonts, samples). */
  resourcesDir: string;
  /** Where a PDF goes in this host: Electron asks the user; without it, pdf.save is refused. */
  savePdf?: (suggestedName: string, bytes: Buffer) => Promise<string | null>;
  /** The bundled PDF worker (Electron); the TypeScript worker is found on its own elsewhere. */
  pdfWorkerFile?: string;
  /** Named in the refusal another process gets while this one holds the data folder. */
  processKind?: ProcessKind;
}

/** Wires every contract channel to its use case. Both hosts call exactly this. */
export function createServices(opts: ServiceOptions): Services {
  // One writer per folder: a second process refuses to start rather than overwrite this one's edits.
  const lock = acquireDataFolderLock(opts.dataDir, opts.processKind ?? 'browser-host');
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(opts.dataDir);
  } catch (e) {
    lock.release();
    throw e;
  }
  const workshops = new WorkshopService(db);
  const templateSets = new TemplateSetService(db);
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
    'workshop.open': async ({ id }) => workshops.open(id),
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
      const { file, fileName } = pdf.jobs.take(jobId);
      try {
        const saved = await opts.savePdf(fileName, await fs.promises.readFile(file));
        return saved ? { saved: true, path: saved, fileName } : { saved: false, fileName };
      } finally {
        await fs.promises.rm(file, { force: true });
      }
    },
    pdf,
    close: () => {
      pdf.close();
      db.close();
      lock.release();
    },
  };
}
