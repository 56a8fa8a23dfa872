import type { HostApi } from '../../shared/contract/contract';
import { HostError } from '../../shared/contract/HostError';
import type { PdfJobStatus } from '../../shared/contract/pdfJob';
import type { PdfRequestInput } from '../../shared/contract/pdfRequest';
import { refusalFrom } from './refusalFrom';
import { saveBlob } from './saveBlob';

export interface ExportResult {
  saved: boolean;
  fileName: string;
  path?: string;
}

const POLL_MS = 200;

/**
 * Starts the PDF on the host, reports progress while the worker draws it, then hands it over:
 * Electron asks where to save; the browser host downloads the file.
 */
export async function exportPdf(
  host: HostApi,
  workshopId: string | null,
  request: PdfRequestInput,
  onProgress: (done: number, total: number, queued: boolean) => void,
): Promise<ExportResult> {
  const { jobId } = await host['pdf.start']({ workshopId: workshopId as never, request: request as never });
  let status: PdfJobStatus;
  for (;;) {
    status = await host['pdf.status']({ jobId });
    onProgress(status.done, status.total, status.state === 'queued');
    if (status.state !== 'running' && status.state !== 'queued') break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  if (status.state === 'failed') {
    const message = status.message ?? 'the PDF could not be made';
    throw new HostError('internal', message);
  }
  if (window.cbmc) return host['pdf.save']({ jobId });
  return download(jobId, status.fileName);
}

async function download(jobId: string, fileName: string): Promise<ExportResult> {
  const res = await fetch(`./api/pdf/${encodeURIComponent(jobId)}`);
  if (!res.ok) throw await refusalFrom(res);
  saveBlob(fileName, await res.blob());
  return { saved: true, fileName };
}
