import { z } from 'zod';
import { idSchema, workshopIdSchema } from '../model/ids';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import { formatBuddhistDate } from '../i18n/buddhistDate';
import { safeFileNameFromParts } from '../text/safeFileName';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One board of one workshop as a spreadsheet: a table's rows, or a canvas board's notes. */
export const dataExportRequestSchema = z
  .object({
    workshopId: workshopIdSchema,
    boardId: idSchema,
    format: z.enum(EXPORT_FORMATS),
    /** Language of the headers and of the values as the screen shows them. */
    lang: z.enum(['th', 'en']).default('th'),
  })
  .strict();
export type DataExportRequest = z.infer<typeof dataExportRequestSchema>;
export type DataExportRequestInput = z.input<typeof dataExportRequestSchema>;

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A made file as it crosses a boundary that carries only JSON or structured clones. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  /** The file's bytes, base64. */
  base64: string;
}

/** "ตลาดนัดชุมชน - แผนปฏิบัติการ - 2569-01-15.xlsx": Thai kept, only what file systems refuse dropped. */
export function exportFileName(doc: WorkshopDoc, boardId: string, format: ExportFormat): string {
  const board = doc.boards[boardId];
  const beDate = formatBuddhistDate(doc.workshop.date, 'th', 'iso');
  const datePart = /^\d{4}-\d{2}-\d{2}$/.test(beDate) ? beDate : '';
  return safeFileNameFromParts([doc.workshop.name, board?.title ?? boardId, datePart], { extension: `.${format}`, fallback: 'cbmc' });
}
