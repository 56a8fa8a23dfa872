/** A stored record's text, parsed; a row whose text is not JSON says so instead of failing its neighbours. */
export type StoredJson = { ok: true; value: unknown } | { ok: false; error: string; text: string };

export function parseStoredJson(text: string): StoredJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), text };
  }
}

/** One record as storage or a file holds it: its id, the format version it was written in, its data. */
export interface RawRecord {
  id: string;
  version: number;
  json: StoredJson;
}
