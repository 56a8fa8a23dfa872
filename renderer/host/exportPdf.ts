import type { HostApi } from '../../shared/contract/contract';
import type { PdfRequestInput } from '../../shared/contract/pdfRequest';

export interface ExportResult {
  saved: boolean;
  fileName: string;
  path?: string;
}

/**
 * Electron asks where to save (through the contract); the browser host downloads the file.
 * Either way the PDF is drawn by the host from the stored model.
 */
export async function exportPdf(host: HostApi, workshopId: string | null, request: PdfRequestInput): Promise<ExportResult> {
  if (window.cbmc) return host['pdf.export']({ workshopId: workshopId as never, request: request as never });
  const query = new URLSearchParams({ workshopId: workshopId ?? '', request: JSON.stringify(request) });
  const res = await fetch(`./api/pdf?${query.toString()}`);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `the host answered ${res.status}`);
  }
  const fileName = fileNameFrom(res.headers.get('content-disposition')) ?? 'cbmc.pdf';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, fileName };
}

function fileNameFrom(header: string | null): string | null {
  const m = header ? /filename\*=UTF-8''([^;]+)/.exec(header) : null;
  return m ? decodeURIComponent(m[1]!) : null;
}
