import type { Workshop } from '../../shared/model/Workshop';
import type { Library } from '../../shared/templates/Library';
import type { PdfCtx } from './context';
import { Flow } from './flow';
import { FONT_NAMES } from './fonts';
import { formatBuddhistDate, pick, placeParts } from '../../shared/i18n';
import { addPage, MARGIN, type Box } from './pageFrame';
import { drawBoardSheet, templateName, type DocIndex } from './sheets';
import { drawStepPacket, stepWorksheets, type Worksheet } from './stepPacket';
import { drawLines, drawTextBox, fitLine, lineHeightOf, type TextStyle } from './textBlock';

/**
 * The whole workshop: a cover, the contents (filled in at the end, when page numbers are known),
 * each step in process order with its worksheets, then boards no step uses.
 */
export function drawWorkshopPack(ctx: PdfCtx, index: DocIndex, library: Library, onProgress?: (done: number, total: number) => void): void {
  const w = index.doc.workshop;
  drawCover(ctx, w);

  // A board used by two steps (e.g. the operation plan) is printed under the first, listed under the next.
  const used = new Set<string>();
  const plan = library.process.phases.map((phase) => ({
    phase,
    steps: phase.steps.map((step) => ({
      step,
      sheets: stepWorksheets(step, library, index, true).map((s): Worksheet => {
        if (s.kind !== 'board') return s;
        if (used.has(s.board.id)) return { kind: 'ref', board: s.board };
        used.add(s.board.id);
        return s;
      }),
    })),
  }));
  const others = index.boards.filter((b) => !used.has(b.id));
  const listed = (s: Worksheet) => s.kind === 'board' || s.kind === 'blank';
  const entries =
    plan.reduce((a, p) => a + 1 + p.steps.reduce((b, s) => b + 1 + s.sheets.filter(listed).length, 0), 0) +
    (others.length > 0 ? 1 + others.length : 0);

  // Reserve the contents pages now; they are drawn once every section knows its page.
  ctx.section = ctx.t('print.contents');
  const toc = reserveToc(ctx, entries);

  const total = plan.reduce((a, p) => a + p.steps.length, 0) + (others.length > 0 ? 1 : 0);
  let done = 0;
  onProgress?.(done, total);
  for (const { phase, steps } of plan) {
    const phaseName = pick(ctx.lang, phase.name_th, phase.name_en);
    steps.forEach(({ step, sheets }, i) => {
      drawStepPacket(ctx, {
        step,
        phaseName,
        state: index.doc.steps[step.id],
        sheets,
        library,
        index,
        level: 1,
        onFirstPage: i === 0 ? () => ctx.bookmark(phaseName, 0) : undefined,
      });
      onProgress?.(++done, total);
    });
  }
  if (others.length > 0) {
    ctx.section = ctx.t('print.otherBoards');
    const flow = new Flow(ctx, 'portrait');
    ctx.bookmark(ctx.section, 0);
    flow.paragraph(ctx.section, { font: 'bold', size: ctx.pt(18) }, { after: ctx.pt(8) });
    for (const b of others) {
      const t = library.templates.find((x) => x.id === b.templateId);
      flow.paragraph(`• ${b.title}${t ? ` — ${templateName(ctx, t)}` : ''}`, { size: ctx.pt(11) }, { indent: ctx.pt(14) });
    }
    for (const b of others) drawBoardSheet(ctx, b, index, library, { title: b.title, level: 1 });
    onProgress?.(++done, total);
  }
  drawToc(ctx, toc);
}

interface TocPlan {
  pages: number[];
  perPage: number;
  box: Box;
}

const tocRow = (ctx: PdfCtx): number => lineHeightOf({ size: ctx.pt(11) }) + ctx.pt(1.5);
const tocTitle: (ctx: PdfCtx) => TextStyle = (ctx) => ({ font: 'bold', size: ctx.pt(18) });

function reserveToc(ctx: PdfCtx, entries: number): TocPlan {
  const first = addPage(ctx, 'portrait');
  ctx.bookmark(ctx.t('print.contents'), 0, false);
  const head = lineHeightOf(tocTitle(ctx)) + ctx.pt(8);
  const perPage = Math.max(1, Math.floor((first.h - head) / tocRow(ctx)));
  const pages = [ctx.pageIndex];
  for (let i = perPage; i < entries; i += perPage) {
    addPage(ctx, 'portrait');
    pages.push(ctx.pageIndex);
  }
  return { pages, perPage, box: first };
}

/** Fills the reserved contents pages: title, dotted leader, page number; nested entries indented. */
function drawToc(ctx: PdfCtx, plan: TocPlan): void {
  const { doc } = ctx;
  const entries = ctx.sections.filter((s) => s.inToc);
  const rowH = tocRow(ctx);
  const box = plan.box;
  plan.pages.forEach((pageIndex, p) => {
    ctx.switchTo(pageIndex);
    const title = p === 0 ? ctx.t('print.contents') : `${ctx.t('print.contents')} ${ctx.t('print.continued')}`;
    let y = box.y + drawLines(ctx, [title], box.x, box.y, box.w, tocTitle(ctx)) + ctx.pt(8);
    for (const e of entries.slice(p * plan.perPage, (p + 1) * plan.perPage)) {
      const style: TextStyle =
        e.level === 0 ? { font: 'bold', size: ctx.pt(11) } : e.level === 1 ? { size: ctx.pt(11) } : { size: ctx.pt(10), color: '#333333' };
      const indent = ctx.pt(16) * Math.min(e.level, 3);
      const num = String(e.page + 1);
      const numW = ctx.measure('regular', ctx.pt(11))(num);
      const text = fitLine(ctx, e.title, box.w - indent - numW - ctx.pt(24), style);
      const textW = ctx.measure(style.font ?? 'regular', style.size)(text);
      drawLines(ctx, [text], box.x + indent, y, box.w, style);
      drawLines(ctx, [num], box.x, y, box.w, { size: ctx.pt(11) }, 'right');
      const dotY = y + style.size * 1.0;
      const x0 = box.x + indent + textW + ctx.pt(4);
      const x1 = box.x + box.w - numW - ctx.pt(6);
      if (x1 > x0)
        doc.save().moveTo(x0, dotY).lineTo(x1, dotY).lineWidth(0.6).dash(0.6, { space: 2.4 }).stroke('#888888').undash().restore();
      y += rowH;
    }
  });
}

function drawCover(ctx: PdfCtx, w: Workshop): void {
  const box = addPage(ctx, 'portrait', false);
  const { doc } = ctx;
  const inset = ctx.pt(18);
  doc
    .save()
    .rect(MARGIN + 6, MARGIN + 6, box.w - 12, box.h - 12)
    .lineWidth(1.2)
    .stroke('#333333')
    .restore();
  const inner = { x: box.x + inset, w: box.w - 2 * inset };
  let y = box.y + box.h * 0.22;
  const put = (text: string, style: TextStyle, after = 0) => {
    if (text.trim() === '') return;
    y += drawTextBox(ctx, text, { x: inner.x, y, w: inner.w }, style, { align: 'center', maxLines: 4 }).height + after;
  };
  put(ctx.t('print.coverTitle'), { size: ctx.pt(14), color: '#444444' }, ctx.pt(14));
  put(w.name, { font: 'bold', size: ctx.pt(26) }, ctx.pt(10));
  put(w.group, { size: ctx.pt(17) }, ctx.pt(18));
  const loc = placeParts(ctx.lang, w).join(ctx.lang === 'en' ? ', ' : ' ');
  const field: TextStyle = { size: ctx.pt(13) };
  put(loc, field, ctx.pt(6));
  put(`${ctx.t('date')} ${formatBuddhistDate(w.date, ctx.lang)}`, field, ctx.pt(6));
  if (w.facilitator) put(`${ctx.t('facilitator')}: ${w.facilitator}`, field, ctx.pt(6));
  if (ctx.printedOn) {
    const s: TextStyle = { size: ctx.pt(9), color: '#666666' };
    drawLines(ctx, [ctx.printedOn], inner.x, box.y + box.h - inset - lineHeightOf(s), inner.w, s, 'center');
  }
  doc.font(FONT_NAMES.regular);
}
