/**
 * The values `patch` is about to replace: applying them afterwards undoes the patch. A field the
 * record did not have (an optional one, such as a board's votes) comes back as null: ops travel as
 * JSON, which drops undefined, so the host would otherwise never see that part of the undo.
 */
export function previousValues<T extends object>(current: T, patch: object): Partial<T> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) before[key] = (current as Record<string, unknown>)[key] ?? null;
  return before as Partial<T>;
}
