import { isPlainRecord } from './recordMigrations';

/**
 * Schemas drop keys they do not declare. A stored record may hold fields this version does not
 * know (written by a later release at the same format version, or added by hand); they belong to
 * the person, so they are put back, at any depth, next to the validated fields. Validated values
 * win wherever both have a key; arrays are matched item by item.
 */
export function keepUnknownFields<T>(validated: T, original: unknown): T {
  if (Array.isArray(validated) && Array.isArray(original) && validated.length === original.length) {
    return validated.map((v, i) => keepUnknownFields(v, original[i])) as T;
  }
  if (!isPlainRecord(validated) || !isPlainRecord(original)) return validated;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(original)) {
    // A "__proto__" key from JSON would replace the copy's prototype instead of becoming a field.
    if (key !== '__proto__' && !Object.hasOwn(validated, key)) out[key] = value;
  }
  for (const [key, value] of Object.entries(validated)) out[key] = keepUnknownFields(value, original[key]);
  return out as T;
}
