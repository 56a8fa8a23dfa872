import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { writeFileAtomically } from '../pdf/writeAtomically';

export type SavePdfResult = { saved: false } | { saved: true; filePath: string };

/**
 * Seam for the "Save PDF" flow: ask where to save, write the bytes, optionally open the file in
 * the system viewer. The PDF itself is built by the services from the stored model.
 */
export async function savePdfWithDialog(
  win: BrowserWindow,
  suggestedName: string,
  bytes: Uint8Array,
  options: { openAfterSave?: boolean } = {},
): Promise<SavePdfResult> {
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    title: 'บันทึก PDF / Save PDF',
    defaultPath: path.join(app.getPath('documents'), withPdfExtension(safeFileName(suggestedName))),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return { saved: false };
  const target = withPdfExtension(filePath);
  // Never a half-written file under the chosen name: temporary file, then rename.
  await writeFileAtomically(target, Buffer.from(bytes));
  if (options.openAfterSave) {
    const error = await shell.openPath(target); // '' on success
    if (error) console.warn(`saved ${target} but could not open it: ${error}`);
  }
  return { saved: true, filePath: target };
}

/** Workshop names are free text (Thai welcome); only characters no file system accepts are replaced. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').trim();
  return cleaned || 'workshop';
}

function withPdfExtension(p: string): string {
  return p.toLowerCase().endsWith('.pdf') ? p : `${p}.pdf`;
}
