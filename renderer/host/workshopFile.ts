import type { HostApi } from '../../shared/contract/contract';
import { refusalFrom } from './refusalFrom';
import { saveBlob } from './saveBlob';
import { MAX_WORKSHOP_FILE_BYTES, type WorkshopFileOpen } from '../../shared/workshopFile/workshopFile';

export interface WorkshopFileExport {
  saved: boolean;
  fileName: string;
  /** Stored records that could not be read, so are not in the file. */
  leftOut: number;
}

/** Hands a workshop file to the person: Electron asks where to save it; the browser host downloads it. */
export async function exportWorkshopFile(host: HostApi, workshopId: string, fileName: string): Promise<WorkshopFileExport> {
  if (window.cbmc) return host['workshopFile.save']({ id: workshopId as never });
  const res = await fetch(`./api/workshop-file/${encodeURIComponent(workshopId)}`);
  if (!res.ok) throw await refusalFrom(res);
  saveBlob(fileName, await res.blob());
  return { saved: true, fileName, leftOut: Number(res.headers.get('x-cbmc-left-out') ?? 0) };
}

/**
 * Imports a workshop file: in Electron the host asks which file (no `file`); in the browser the page
 * reads the file the person picked and sends its text. A file over the limit is refused before reading.
 */
export async function importWorkshopFile(host: HostApi, file?: File): Promise<WorkshopFileOpen> {
  if (!file) return host['workshopFile.open']({});
  if (file.size > MAX_WORKSHOP_FILE_BYTES)
    return { imported: false, problem: { code: 'tooLarge', size: file.size, max: MAX_WORKSHOP_FILE_BYTES } };
  return host['workshopFile.import']({ text: await file.text() });
}
