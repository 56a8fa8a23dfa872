/** The values `patch` is about to replace: applying them afterwards undoes the patch. */
export function previousValues<T extends object>(current: T, patch: object): Partial<T> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) before[key] = (current as Record<string, unknown>)[key];
  return before as Partial<T>;
}
