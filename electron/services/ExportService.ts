import { HostError } from '../../shared/contract/HostError';
import { EXPORT_MIME, exportFileName, type DataExportRequest } from '../../shared/contract/dataExport';
import { boardSheet } from '../export/boardSheet';
import { buildCsv } from '../export/buildCsv';
import { buildXlsx } from '../export/buildXlsx';
import type { WorkshopService } from './WorkshopService';

export interface MadeFile {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

/** Spreadsheets of one board, built from the stored document (never from the screen). */
export class ExportService {
  constructor(private readonly workshops: WorkshopService) {}

  async make(req: DataExportRequest): Promise<MadeFile> {
    const doc = this.workshops.open(req.workshopId);
    const board = doc.boards[req.boardId];
    if (!board) throw new HostError('not_found', `board "${req.boardId}" does not exist`);
    const sheet = boardSheet(doc, board, req.lang);
    const bytes = req.format === 'xlsx' ? await buildXlsx(sheet, req.lang) : buildCsv(sheet, req.lang);
    return { fileName: exportFileName(doc, board.id, req.format), mime: EXPORT_MIME[req.format], bytes };
  }
}
