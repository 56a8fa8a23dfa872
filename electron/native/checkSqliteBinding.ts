import fs from 'node:fs';
import { readBindingAbi } from './bindingAbi';

/** Why the SQLite binding cannot be used; each kind has its own message and fix. */
export type BindingProblem =
  | { kind: 'missing'; file: string }
  | { kind: 'wrong-version'; file: string; found: number; expected: number }
  | { kind: 'unloadable'; file: string; reason: string };

/**
 * Checks the binding before the database needs it: present, built for this runtime's ABI, and
 * loadable. The ABI is read from the file first so a mismatch is named precisely rather than
 * surfacing as a loader error; a load error that still happens is translated the same way.
 * `load` is require in the app (a loaded addon is cached, so better-sqlite3 reuses it).
 */
export function checkSqliteBinding(file: string, expectedAbi: number, load: (file: string) => unknown): BindingProblem | null {
  if (!fs.existsSync(file)) return { kind: 'missing', file };
  const found = readBindingAbi(file);
  if (found !== null && found !== expectedAbi) return { kind: 'wrong-version', file, found, expected: expectedAbi };
  try {
    load(file);
    return null;
  } catch (e) {
    return problemFromLoadError(e, file, expectedAbi);
  }
}

/** Turns Node's loader errors into a BindingProblem, so no bare NODE_MODULE_VERSION text reaches a user. */
export function problemFromLoadError(e: unknown, file: string, expectedAbi: number): BindingProblem {
  const reason = e instanceof Error ? e.message : String(e);
  const abi = /NODE_MODULE_VERSION (\d+)/.exec(reason);
  if (abi) return { kind: 'wrong-version', file, found: Number(abi[1]), expected: expectedAbi };
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'MODULE_NOT_FOUND' || code === 'ENOENT') return { kind: 'missing', file };
  return { kind: 'unloadable', file, reason };
}
