import type { PdfRequestInput } from '../../shared/contract/pdfRequest';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Library } from '../../shared/templates/Library';

/** What the PDF worker is started with (structured-cloned into the worker). */
export interface WorkerJob {
  req: PdfRequestInput;
  doc: WorkshopDoc | null;
  library: Library;
  fontsDir: string;
  /** The worker writes the PDF here as it is produced; the bytes never cross threads. */
  outFile: string;
  /** ISO timestamp for the printed date, so the worker prints the caller's "today". */
  now?: string;
}

export type WorkerMessage = { type: 'progress'; done: number; total: number } | { type: 'done' } | { type: 'error'; message: string };
