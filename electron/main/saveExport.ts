import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { writeFileAtomically } from '../pdf/writeAtomically';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

/**
 * "Export Excel / CSV" in Electron: ask where to save (the suggested name keeps its Thai), then
 * write the bytes atomically. Returns the path, or null when the person cancels.
 */
export async function saveExportWithDialog(win: BrowserWindow, suggestedName: string, bytes: Buffer): Promise<string | null> {
  const ext = path.extname(suggestedName).slice(1).toLowerCase();
  const filter = FILTERS[ext];
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: 'ส่งออกข้อมูล / Export data',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: filter ? [filter] : [],
  });
  if (canceled || !filePath) return null;
  const target = filter && !filePath.toLowerCase().endsWith(`.${ext}`) ? `${filePath}.${ext}` : filePath;
  await writeFileAtomically(target, bytes);
  return target;
}
