import type { HostApi } from '../../shared/contract/contract';
import { HostError, type HostErrorBody } from '../../shared/contract/HostError';
import { isMessageKey } from '../../shared/i18n';
import type { PdfJobStatus } from '../../shared/contract/pdfJob';
import type { PdfRequestInput } from '../../shared/contract/pdfRequest';

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
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: HostErrorBody } | null;
    const error = body?.error;
    throw new HostError(
      error?.code ?? 'internal',
      error?.message ?? `the host answered ${res.status}`,
      isMessageKey(error?.key) ? error.key : undefined,
      error?.vars,
    );
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, fileName };
}
