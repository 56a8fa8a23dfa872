import { RECORD_VERSIONS } from '../model/recordFormats';
import type { RecordProblem, RecordType } from '../model/recordMigrations';
import type { Workshop } from '../model/Workshop';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { TemplateSetContent } from '../templates/templateSetFile';
import { safeFileName } from '../text/safeFileName';

/**
 * A workshop file (`.cbmc`): one workshop with everything in it and the template set it used, as
 * plain UTF-8 JSON. Not gzipped on purpose: a workshop of 5,000 notes is a couple of megabytes, and a
 * file someone can open in any text editor still gives its notes back when no CBMC Studio can read it.
 * Each record sits on its own line, so a damaged or hand-edited file shows where it went wrong.
 */
export const WORKSHOP_FILE_FORMAT = 'cbmc-workshop';
/**
 * The envelope's version (the fields around the records). The records inside carry their own
 * versions in `recordVersions` and are migrated like stored rows.
 */
export const WORKSHOP_FILE_VERSION = 1;
export const WORKSHOP_FILE_EXTENSION = 'cbmc';
/** Far above a year of workshops (5,000 notes ≈ 2 MB); stops a wrong file before it is parsed. */
export const MAX_WORKSHOP_FILE_BYTES = 50 * 1024 * 1024;

/** The record collections of a file, in the order they are written and checked. */
export const FILE_COLLECTIONS = [
  ['boards', 'board'],
  ['notes', 'note'],
  ['rows', 'row'],
  ['steps', 'step'],
] as const satisfies readonly (readonly [string, RecordType])[];

/** Why a workshop file was refused: the first problem found, as data each screen says in its language. */
export type WorkshopFileProblem =
  | { code: 'tooLarge'; size: number; max: number }
  | { code: 'empty' }
  /** The JSON stops before it is complete: the file was cut short (copy or download interrupted). */
  | { code: 'truncated'; detail: string }
  | { code: 'notJson'; detail: string }
  | { code: 'notWorkshopFile' }
  | { code: 'badFormatVersion' }
  | { code: 'newerFormat'; version: number; known: number }
  | { code: 'badField'; field: string }
  | { code: 'newerRecords'; kind: RecordType; version: number; known: number }
  /** A record that the restore gate would not keep; `index` counts from 1 within its list. */
  | { code: 'record'; kind: RecordType; index: number; id: string; problem: RecordProblem }
  | { code: 'duplicateId'; kind: RecordType; id: string }
  | { code: 'tooManyNotes'; boardId: string; count: number; max: number }
  | { code: 'templateSet'; detail: string };

/** Where an imported workshop's template set went: an identical set already here, or a new one. */
export interface ImportedSet {
  id: string;
  name: string;
  added: boolean;
}

/** What importing a file answers: the new workshop, or the first problem (and nothing was changed). */
export type WorkshopImport =
  { imported: true; workshop: Workshop; templateSet: ImportedSet } | { imported: false; problem: WorkshopFileProblem };

/** Electron's open dialog can also be closed without a file. */
export type WorkshopFileOpen = WorkshopImport | { imported: false; canceled: true };

/** Writes the file. Records go one per line in a stable order, so two exports of one workshop diff cleanly. */
export function toWorkshopFile(
  doc: WorkshopDoc,
  templateSet: TemplateSetContent,
  meta: { appVersion: string; exportedAt: string },
): string {
  const boards = Object.values(doc.boards).sort((a, b) => a.order - b.order || cmp(a.id, b.id));
  const boardRank = new Map(boards.map((b, i) => [b.id as string, i]));
  const onBoard = (a: { boardId: string; id: string }, b: { boardId: string; id: string }) =>
    (boardRank.get(a.boardId) ?? 0) - (boardRank.get(b.boardId) ?? 0);
  const notes = Object.values(doc.notes).sort((a, b) => onBoard(a, b) || a.z - b.z || cmp(a.id, b.id));
  const rows = Object.values(doc.rows).sort((a, b) => onBoard(a, b) || a.order - b.order || cmp(a.id, b.id));
  const steps = Object.values(doc.steps).sort((a, b) => cmp(a.id, b.id));
  const line = (v: unknown) => JSON.stringify(v);
  const list = (items: readonly unknown[]) => (items.length === 0 ? '[]' : `[\n    ${items.map(line).join(',\n    ')}\n  ]`);
  const { name, templates, process } = templateSet;
  return [
    '{',
    `  "format": ${line(WORKSHOP_FILE_FORMAT)},`,
    `  "formatVersion": ${WORKSHOP_FILE_VERSION},`,
    `  "appVersion": ${line(meta.appVersion)},`,
    `  "exportedAt": ${line(meta.exportedAt)},`,
    `  "recordVersions": ${line(RECORD_VERSIONS)},`,
    `  "workshop": ${line(doc.workshop)},`,
    `  "boards": ${list(boards)},`,
    `  "notes": ${list(notes)},`,
    `  "rows": ${list(rows)},`,
    `  "steps": ${list(steps)},`,
    `  "templateSet": ${line({ name, templates, process })}`,
    '}',
    '',
  ].join('\n');
}

/** A file name from the workshop's name, through the one sanitiser (Thai kept, never cut inside a letter). */
export function workshopFileName(name: string): string {
  return safeFileName(name, { extension: `.${WORKSHOP_FILE_EXTENSION}`, fallback: 'workshop' });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
