import type { HostApi } from '../../shared/contract/contract';
import type { DataExportRequest } from '../../shared/contract/dataExport';
import { refusalFrom } from './refusalFrom';
import { saveBlob } from './saveBlob';

export interface ExportDataResult {
  saved: boolean;
  fileName: string;
  path?: string;
}

/**
 * A board as a spreadsheet, built by the host from what is stored: Electron asks where to save it;
 * the browser host sends it as a download with its Thai file name.
 */
export async function exportData(host: HostApi, req: DataExportRequest): Promise<ExportDataResult> {
  if (window.cbmc) return host['data.save'](req);
  const url = `./api/export/${encodeURIComponent(req.workshopId)}/${encodeURIComponent(req.boardId)}.${req.format}?lang=${req.lang}`;
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`the host cannot be reached (${(e as Error).message})`, { cause: e });
  }
  if (!res.ok) throw await refusalFrom(res);
  const fileName = fileNameOf(res.headers.get('content-disposition')) ?? `export.${req.format}`;
  saveBlob(fileName, await res.blob());
  return { saved: true, fileName };
}

/** The UTF-8 name from `filename*=UTF-8''…` (RFC 6266), which keeps Thai intact. */
function fileNameOf(disposition: string | null): string | null {
  const m = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}
