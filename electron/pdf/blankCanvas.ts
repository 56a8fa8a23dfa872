import type { CanvasLayout } from '../../shared/model/Template';
import { drawBlockFrame, drawBlockQuestions, drawSheetHeading, placeBlocks, type PlacedBlock } from './canvasBlocks';
import type { PdfCtx } from './context';
import { Flow } from './flow';
import { otherLang, pick } from '../../shared/i18n';
import { addPage, type Orientation } from './pageFrame';
import type { TextStyle } from './textBlock';

export interface SheetMark {
  title: string;
  level: number;
}

export interface CanvasSheet {
  name_th: string;
  name_en: string;
  layout: CanvasLayout;
  orientation: Orientation;
}

/** Questions may take at most this share of a block: the rest is room to write by hand. */
const QUESTION_SHARE = 0.45;

/**
 * A blank canvas worksheet: blocks with titles and guiding questions and generous space to
 * write. Questions too long for their block are cut there and printed in full on a following page.
 */
export function drawBlankCanvas(ctx: PdfCtx, sheet: CanvasSheet, mark?: SheetMark): void {
  const box = addPage(ctx, sheet.orientation);
  if (mark) ctx.bookmark(mark.title, mark.level);
  const name = pick(ctx.lang, sheet.name_th, sheet.name_en);
  const sub = [otherLang(ctx.lang, sheet.name_th, sheet.name_en), ctx.t('print.blank')].filter(Boolean).join(' · ');
  const head = drawSheetHeading(ctx, box, name, sub);
  const area = { x: box.x, y: box.y + head, w: box.w, h: box.h - head };
  const blocks = placeBlocks(sheet.layout, area);
  let clamped = false;
  for (const b of blocks) {
    const free = drawBlockFrame(ctx, b);
    if (drawBlockQuestions(ctx, b.def, free, free.h * QUESTION_SHARE).clamped) clamped = true;
  }
  if (clamped) drawQuestionPages(ctx, name, blocks);
}

/** Every block's questions in full, for blocks too small to hold them on the canvas. */
export function drawQuestionPages(ctx: PdfCtx, sheetName: string, blocks: PlacedBlock[]): void {
  const flow = new Flow(ctx, 'portrait');
  const h1: TextStyle = { font: 'bold', size: ctx.pt(13) };
  const h2: TextStyle = { font: 'bold', size: ctx.pt(11) };
  const sub: TextStyle = { size: ctx.pt(8.5), color: '#5a5a5a' };
  const body: TextStyle = { size: ctx.pt(10.5) };
  flow.paragraph(`${ctx.t('print.blockQuestions')} — ${sheetName}`, h1, { after: ctx.pt(6) });
  for (const { def } of blocks) {
    const qs = ctx.lang === 'en' && def.questions_en.length > 0 ? def.questions_en : def.questions_th;
    if (qs.length === 0) continue;
    flow.paragraph(pick(ctx.lang, def.label_th, def.label_en), h2, { keep: 3 });
    const other = otherLang(ctx.lang, def.label_th, def.label_en);
    if (other) flow.paragraph(other, sub);
    qs.forEach((q, i) => flow.paragraph(`${i + 1}. ${q}`, body, { indent: ctx.pt(10) }));
    flow.space(ctx.pt(6));
  }
}
