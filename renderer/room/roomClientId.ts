import { nanoid } from 'nanoid';

const KEY = 'cbmc.room.clientId';

/**
 * The id this tab has in rooms: kept in sessionStorage, so a reload resumes as the same person
 * (the host recognises its batches and its place), while a second tab is a second person.
 * nanoid draws from crypto.getRandomValues, which works without a secure context.
 */
export function roomClientId(storage: Storage | null = safeSessionStorage()): string {
  const kept = storage?.getItem(KEY);
  if (kept && /^[\w-]{8,64}$/.test(kept)) return kept;
  const id = `p-${nanoid(16)}`;
  try {
    storage?.setItem(KEY, id);
  } catch {
    /* storage full or off: this page keeps the id for its life */
  }
  return id;
}

function safeSessionStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
