import { saveBlob } from '../../host/saveBlob';
import type { AppStore } from '../../store/createAppStore';

/** The active set changed (or its content did): workshops open with the new library from now on. */
export async function refreshLibrary(store: AppStore): Promise<void> {
  const library = await store.host['library.get']({});
  store.setState({ library });
}

/** Hands a text file to the person: a download in the browser, the save dialog in Electron. */
export function downloadText(fileName: string, text: string): void {
  saveBlob(fileName, new Blob([text], { type: 'application/json' }));
}

/** A template id not yet used in the set, from the name when it has Latin letters. */
export function uniqueTemplateId(taken: readonly string[], nameEn: string): string {
  const base =
    nameEn
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'custom';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
