import { createRequire } from 'node:module';
import { checkSqliteBinding } from '../native/checkSqliteBinding';
import { describeBindingProblem } from '../native/describeBindingProblem';

/**
 * Null when better-sqlite3's binding for this Electron is present and loads; otherwise the
 * start-up message naming the problem and its fix. Loading it here puts it in Node's module
 * cache, so the database opened next reuses this very addon.
 */
export function bindingStartupError(file: string, isPackaged: boolean): { title: string; content: string } | null {
  const problem = checkSqliteBinding(file, Number(process.versions.modules), (f) => createRequire(f)(f));
  return problem && describeBindingProblem(problem, { runtime: `Electron ${process.versions.electron}`, isPackaged });
}
