import type { HostApi } from '../../shared/contract/contract';
import { acquireDataFolderLock, type ProcessKind } from '../db/dataFolderLock';
import { PdfService } from './PdfService';
import { LiveDatabase } from './LiveDatabase';
import { BackupService } from '../backup/BackupService';
import { backupHandlers } from '../backup/backupHandlers';
import { ExportService } from './ExportService';
import { APP_VERSION } from './appVersion';
import { WorkshopFileService, type PickedFile } from './WorkshopFileService';
import { HostError } from '../../shared/contract/HostError';
import { RoomService, type RoomOptions } from '../room/RoomService';
import { RoomHub } from '../room/RoomHub';
import type { WorkshopService } from './WorkshopService';
import type { TemplateSetService } from './TemplateSetService';
import type { WorkshopId } from '../../shared/model/ids';
import { bilingual } from '../../shared/i18n/bilingual';
import fs from 'node:fs';
import path from 'node:path';

export type Services = HostApi & {
  close(): void;
  pdf: PdfService;
  backups: BackupService;
  /** Present when rooms are enabled (`room` option). */
  room: RoomService | null;
};

/** Room mode's settings for a host. */
export interface RoomServiceOptions extends RoomOptions {
  /** Told whenever a room opens (the CLI prints the addresses). */
  onOpened?: ConstructorParameters<typeof RoomService>[0]['onOpened'];
}

export interface ServiceOptions {
  /** Folder holding the SQLite database. */
  dataDir: string;
  /** The app's resources/ folder (fonts, samples). */
  resourcesDir: string;
  /** Where a PDF goes in this host: Electron asks the user; without it, pdf.save is refused. */
  savePdf?: (suggestedName: string, bytes: Buffer) => Promise<string | null>;
  /** Where an exported spreadsheet goes in Electron (asks the user); without it, data.save is refused. */
  saveExport?: (suggestedName: string, bytes: Buffer) => Promise<string | null>;
  /** Electron: asks where to save a workshop file and writes it; null when the person cancels. */
  saveWorkshopFile?: (suggestedName: string, text: string) => Promise<string | null>;
  /** Electron: asks which workshop file to import; null when the person cancels. */
  openWorkshopFile?: () => Promise<PickedFile | null>;
  /** The bundled PDF worker (Electron); the TypeScript worker is found on its own elsewhere. */
  pdfWorkerFile?: string;
  /** better-sqlite3's addon built for this runtime (Electron); plain Node uses node_modules' own. The live
   *  connection and the backup worker both load it. */
  sqliteBinding?: string;
  /** Named in the refusal another process gets while this one holds the data folder. */
  processKind?: ProcessKind;
  /** Room mode: the built renderer to serve participants, where to listen, the facilitator's own pages.
   *  Without it room.open is refused and nothing ever listens beyond loopback. */
  room?: RoomServiceOptions;
}

/** Wires every contract channel to its use case. Both hosts call exactly this. */
export function createServices(opts: ServiceOptions): Services {
  // One writer per folder: a second process refuses to start rather than overwrite this one's edits.
  // Taken before anything opens the database (the start-up backup reads it).
  const lock = acquireDataFolderLock(opts.dataDir, opts.processKind ?? 'browser-host');
  // The connection a restore can swap; a damaged file leaves the app in recovery instead.
  const live = new LiveDatabase(opts.dataDir, opts.sqliteBinding);
  const backups = new BackupService(live, { worker: { nativeBinding: opts.sqliteBinding } });
  try {
    backups.start();
  } catch (e) {
    lock.release();
    throw e;
  }
  backups.startTimer();
  const workshops = live.forward('workshops');
  const templateSets = live.forward('templateSets');
  const workshopFiles = new WorkshopFileService(() => live.db, workshops, templateSets, APP_VERSION);
  const pdf = new PdfService(workshops, () => templateSets.library(), {
    fontsDir: path.join(opts.resourcesDir, 'fonts'),
    workerFile: opts.pdfWorkerFile,
  });
  const exports = new ExportService(workshops);
  const room = opts.room ? createRoomService(opts.room, live, workshops, templateSets) : null;
  const roomOff = (): never => {
    throw new HostError('invalid', bilingual('roomHost.notEnabled'), 'roomHost.notEnabled');
  };
  return {
    'workshops.list': async () => workshops.list(),
    'workshops.create': async ({ fields }) => workshops.create(fields),
    'workshops.update': async ({ id, fields }) => workshops.update(id, fields),
    'workshops.delete': async ({ id }) => {
      // A room cannot outlive its workshop: its pages are told the room closed.
      if (room?.status()?.workshopId === id) await room.close();
      workshops.delete(id);
      return { deleted: true as const };
    },
    'workshop.open': async ({ id }) => workshops.openForEditing(id),
    'ops.apply': async ({ workshopId, ops, client }) => workshops.applyOps(workshopId, ops, client),
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
    ...backupHandlers(backups),
    'backups.restore': async ({ name }) => {
      const restored = await backups.restore(name);
      // Everything was replaced under the open room: close it (its pages are told), and never let a
      // room stored in the backup come back with its old key on the next start.
      await room?.close();
      return restored;
    },
    'data.export': async (req) => {
      const file = await exports.make(req);
      return { fileName: file.fileName, mime: file.mime, base64: file.bytes.toString('base64') };
    },
    'data.save': async (req) => {
      if (!opts.saveExport)
        throw new HostError('invalid', 'this host hands out exports at GET /api/export/<workshopId>/<boardId>.<format>');
      const { bytes, fileName } = await exports.make(req);
      const saved = await opts.saveExport(fileName, bytes);
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
    'room.open': async ({ workshopId }) => (room ?? roomOff()).open(workshopId),
    'room.close': async () => (room ?? roomOff()).close(),
    'room.status': async () => ({ room: room?.status() ?? null }),
    'room.lock': async ({ boardId, locked }) => (room ?? roomOff()).lock(boardId, locked),
    'room.remove': async ({ personId }) => (room ?? roomOff()).remove(personId),
    pdf,
    backups,
    room,
    close: () => {
      void room?.shutdown();
      pdf.close();
      backups.close();
      lock.release();
    },
  };
}

/** The room service on the live database; each room's hub applies through the same WorkshopService as IPC/HTTP. */
function createRoomService(
  opts: RoomServiceOptions,
  live: LiveDatabase,
  workshops: WorkshopService,
  templateSets: TemplateSetService,
): RoomService {
  return new RoomService({
    ...opts,
    db: () => live.db,
    checkWorkshop: (id) => void workshops.openForEditing(id as WorkshopId),
    createHub: (workshopId, token) =>
      new RoomHub({ workshopId, token, workshops, library: () => templateSets.library(), rateLimit: opts.rateLimit }),
  });
}
