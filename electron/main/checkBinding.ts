import { checkSqliteBinding } from '../native/checkSqliteBinding';
import { describeBindingProblem } from '../native/describeBindingProblem';

/**
 * Null when better-sqlite3's binding for this Electron is present and loads; otherwise the
 * start-up message naming the problem and its fix. Loading it here caches it, so the database
 * opened next reuses this very addon.
 */
export function bindingStartupError(file: string, isPackaged: boolean): { title: string; content: string } | null {
  const problem = checkSqliteBinding(file, Number(process.versions.modules), (f) => require(f));
  return problem && describeBindingProblem(problem, { runtime: `Electron ${process.versions.electron}`, isPackaged });
}
