import path from 'node:path';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { translate } from '../../shared/i18n';
import { safeFileName } from '../../shared/text/safeFileName';
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
    title: `${translate('th', 'savePdfTitle')} / ${translate('en', 'savePdfTitle')}`,
    defaultPath: path.join(app.getPath('documents'), suggestedPdfName(suggestedName)),
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

/** The suggested name comes from the host already safe; it is made safe again here, as the last step before the disk. */
export function suggestedPdfName(name: string): string {
  return safeFileName(name.replace(/\.pdf$/i, ''), { extension: '.pdf', fallback: 'workshop' });
}

function withPdfExtension(p: string): string {
  return p.toLowerCase().endsWith('.pdf') ? p : `${p}.pdf`;
}
