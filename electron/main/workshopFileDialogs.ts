import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { WORKSHOP_FILE_EXTENSION } from '../../shared/workshopFile/workshopFile';
import { writeFileAtomically } from '../pdf/writeAtomically';
import type { PickedFile } from '../services/WorkshopFileService';

const FILTERS = [{ name: 'CBMC Studio workshop', extensions: [WORKSHOP_FILE_EXTENSION] }];

/** "Export workshop file": asks where, then writes the whole file or nothing. Null when cancelled. */
export async function saveWorkshopFileWithDialog(win: BrowserWindow, suggestedName: string, text: string): Promise<string | null> {
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: 'ส่งออกไฟล์เวิร์กช็อป / Export workshop file',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: FILTERS,
  });
  if (canceled || !filePath) return null;
  const target = filePath.toLowerCase().endsWith(`.${WORKSHOP_FILE_EXTENSION}`) ? filePath : `${filePath}.${WORKSHOP_FILE_EXTENSION}`;
  await writeFileAtomically(target, Buffer.from(text, 'utf8'));
  return target;
}

/** "Import workshop file": asks which file; it is read only after the service has checked its size. */
export async function openWorkshopFileWithDialog(win: BrowserWindow): Promise<PickedFile | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog(win, {
    title: 'นำเข้าไฟล์เวิร์กช็อป / Import workshop file',
    filters: FILTERS,
    properties: ['openFile'],
  });
  const file = filePaths[0];
  if (canceled || !file) return null;
  const { size } = await fsp.stat(file);
  return { path: file, size, read: () => fsp.readFile(file, 'utf8') };
}
