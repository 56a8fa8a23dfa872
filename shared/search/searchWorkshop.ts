import type { Lang } from '../i18n';
import { pick } from '../i18n';
import type { Note } from '../model/Note';
import type { Row } from '../model/Row';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import { foldText, type Strength } from '../text/searchText';

/** Something with text a search can find: a note on a canvas, or one cell of a table row. */
export type SearchTarget =
  | { kind: 'note'; boardId: string; noteId: string; blockId: string | null }
  | { kind: 'cell'; boardId: string; rowId: string; columnId: string; rowNumber: number };

interface Entry {
  target: SearchTarget;
  text: string;
  exact: string;
  loose: string;
}

/** Every searchable text of one document version, in reading order (board, block, top to bottom). */
export interface SearchIndex {
  entries: Entry[];
}

export interface SearchHit {
  target: SearchTarget;
  text: string;
  /** exact hits come first; loose ones matched only with tone and other marks set aside. */
  strength: Strength;
}

interface Keys {
  exact: string;
  loose: string;
}

// Records are replaced, never changed, when edited: a key folded once stays right for that record.
const noteKeys = new WeakMap<Note, Keys>();
const cellKeys = new WeakMap<Row, Map<string, Keys>>();
const indexes = new WeakMap<WorkshopDoc, SearchIndex>();

const keysOf = (text: string): Keys => ({ exact: foldText(text, 'exact'), loose: foldText(text, 'loose') });

function noteKeysOf(note: Note): Keys {
  let k = noteKeys.get(note);
  if (!k) noteKeys.set(note, (k = keysOf(note.text)));
  return k;
}

function cellKeysOf(row: Row, columnId: string, text: string): Keys {
  let m = cellKeys.get(row);
  if (!m) cellKeys.set(row, (m = new Map()));
  let k = m.get(columnId);
  if (!k) m.set(columnId, (k = keysOf(text)));
  return k;
}

/** Builds (or reuses) the index of one document version. */
export function searchIndexFor(doc: WorkshopDoc): SearchIndex {
  const cached = indexes.get(doc);
  if (cached) return cached;
  const boards = Object.values(doc.boards).sort((a, b) => a.order - b.order);
  const notesByBoard = new Map<string, Note[]>();
  for (const n of Object.values(doc.notes)) {
    const list = notesByBoard.get(n.boardId);
    if (list) list.push(n);
    else notesByBoard.set(n.boardId, [n]);
  }
  const rowsByBoard = new Map<string, Row[]>();
  for (const r of Object.values(doc.rows)) {
    const list = rowsByBoard.get(r.boardId);
    if (list) list.push(r);
    else rowsByBoard.set(r.boardId, [r]);
  }
  const entries: Entry[] = [];
  for (const board of boards) {
    if (board.layout.kind === 'canvas') {
      const blockOrder = new Map(board.layout.blocks.map((b, i) => [b.id, i]));
      const place = (n: Note) => (n.blockId === null ? Infinity : (blockOrder.get(n.blockId) ?? Infinity));
      const notes = (notesByBoard.get(board.id) ?? []).sort((a, b) => place(a) - place(b) || a.y - b.y || a.x - b.x);
      for (const n of notes) {
        if (n.text === '') continue;
        entries.push({ target: { kind: 'note', boardId: board.id, noteId: n.id, blockId: n.blockId }, text: n.text, ...noteKeysOf(n) });
      }
    } else {
      const rows = (rowsByBoard.get(board.id) ?? []).sort((a, b) => a.order - b.order);
      rows.forEach((row, i) => {
        for (const col of board.layout.kind === 'table' ? board.layout.columns : []) {
          const text = row.cells[col.id];
          if (!text) continue;
          const target: SearchTarget = { kind: 'cell', boardId: board.id, rowId: row.id, columnId: col.id, rowNumber: i + 1 };
          entries.push({ target, text, ...cellKeysOf(row, col.id, text) });
        }
      });
    }
  }
  const index = { entries };
  indexes.set(doc, index);
  return index;
}

/**
 * Finds `query` as a substring (Thai has no spaces between words) of every note and cell: exact
 * hits first, then hits that match only once tone and other marks are set aside. At most `limit`
 * hits; `total` says how many there were.
 */
export function searchWorkshop(index: SearchIndex, query: string, limit = 200): { hits: SearchHit[]; total: number } {
  const exactQ = foldText(query, 'exact').trim();
  if (exactQ === '') return { hits: [], total: 0 };
  const looseQ = foldText(query, 'loose').trim();
  const exact: SearchHit[] = [];
  const loose: SearchHit[] = [];
  let total = 0;
  for (const e of index.entries) {
    if (e.exact.includes(exactQ)) {
      total++;
      if (exact.length < limit) exact.push({ target: e.target, text: e.text, strength: 'exact' });
    } else if (looseQ !== '' && e.loose.includes(looseQ)) {
      total++;
      if (loose.length < limit) loose.push({ target: e.target, text: e.text, strength: 'loose' });
    }
  }
  return { hits: exact.concat(loose).slice(0, limit), total };
}

/** Where a hit is, for the results list: the board's title and the block's (or column's and row's). */
export function whereIs(doc: WorkshopDoc, target: SearchTarget, lang: Lang): { board: string; place: string; row?: number } {
  const board = doc.boards[target.boardId];
  const title = board?.title ?? '';
  if (!board) return { board: title, place: '' };
  if (target.kind === 'note') {
    const block = board.layout.kind === 'canvas' ? board.layout.blocks.find((b) => b.id === target.blockId) : undefined;
    return { board: title, place: block ? pick(lang, block.label_th, block.label_en) : '' };
  }
  const col = board.layout.kind === 'table' ? board.layout.columns.find((c) => c.id === target.columnId) : undefined;
  return { board: title, place: col ? pick(lang, col.label_th, col.label_en) : '', row: target.rowNumber };
}
