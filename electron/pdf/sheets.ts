import type { Board } from '../../shared/model/Board';
import type { Note } from '../../shared/model/Note';
import type { Row } from '../../shared/model/Row';
import type { Template } from '../../shared/model/Template';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Library } from '../../shared/templates/Library';
import { drawBlankCanvas, type SheetMark } from './blankCanvas';
import type { PdfCtx } from './context';
import { drawFilledCanvas } from './filledCanvas';
import { otherLang, pick } from '../../shared/i18n';
import { drawTableSheet } from './tableSheet';

/** A workshop's notes and rows grouped by board once, so each board is found without a scan. */
export interface DocIndex {
  doc: WorkshopDoc;
  notes: Map<string, Note[]>;
  rows: Map<string, Row[]>;
  /** Boards in the workshop's order. */
  boards: Board[];
}

export function indexDoc(doc: WorkshopDoc): DocIndex {
  const notes = new Map<string, Note[]>();
  for (const n of Object.values(doc.notes)) {
    const list = notes.get(n.boardId);
    if (list) list.push(n);
    else notes.set(n.boardId, [n]);
  }
  const rows = new Map<string, Row[]>();
  for (const r of Object.values(doc.rows)) {
    const list = rows.get(r.boardId);
    if (list) list.push(r);
    else rows.set(r.boardId, [r]);
  }
  const boards = Object.values(doc.boards).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  return { doc, notes, rows, boards };
}

export const templateName = (ctx: PdfCtx, t: Template | undefined): string => (t ? pick(ctx.lang, t.name_th, t.name_en) : '');

/** A blank worksheet of a template, in the template's orientation (canvases landscape, tables mostly portrait). */
export function drawBlankSheet(ctx: PdfCtx, t: Template, mark?: SheetMark): void {
  if (t.layout.kind === 'canvas') {
    drawBlankCanvas(ctx, { name_th: t.name_th, name_en: t.name_en, layout: t.layout, orientation: t.orientation }, mark);
    return;
  }
  const subtitle = [otherLang(ctx.lang, t.name_th, t.name_en), ctx.t('print.blank')].filter(Boolean).join(' · ');
  drawTableSheet(ctx, { title: templateName(ctx, t), subtitle, columns: t.layout.columns, rows: null, orientation: t.orientation, mark });
}

/** One board as filled in the workshop. */
export function drawBoardSheet(ctx: PdfCtx, board: Board, index: DocIndex, library: Library, mark?: SheetMark): void {
  const t = library.templates.find((x) => x.id === board.templateId);
  const layout = board.layout;
  if (layout.kind === 'canvas') {
    const orientation = t && t.layout.kind === 'canvas' ? t.orientation : 'landscape';
    drawFilledCanvas(ctx, { ...board, layout }, index.notes.get(board.id) ?? [], { templateName: templateName(ctx, t), orientation, mark });
    return;
  }
  drawTableSheet(ctx, {
    title: board.title,
    subtitle: templateName(ctx, t),
    columns: layout.columns,
    rows: index.rows.get(board.id) ?? [],
    orientation: t && t.layout.kind === 'table' ? t.orientation : 'portrait',
    mark,
  });
}
