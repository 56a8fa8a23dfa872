import type { Board } from '../../shared/model/Board';
import type { StepState } from '../../shared/model/StepState';
import type { Template } from '../../shared/model/Template';
import type { StepDef } from '../../shared/process/Process';
import type { Library } from '../../shared/templates/Library';
import type { PdfCtx } from './context';
import { Flow } from './flow';
import { otherLang, pick } from '../../shared/i18n';
import { drawBlankSheet, drawBoardSheet, templateName, type DocIndex } from './sheets';
import { lineHeightOf, type TextStyle } from './textBlock';

export type Worksheet =
  | { kind: 'board'; board: Board; template: Template | undefined }
  | { kind: 'blank'; template: Template }
  /** A board printed in full under an earlier step of the same pack: listed, not repeated. */
  | { kind: 'ref'; board: Board }
  | { kind: 'missing'; templateId: string };

export interface StepPacketInput {
  step: StepDef;
  phaseName: string;
  state: StepState | undefined;
  sheets: Worksheet[];
  library: Library;
  index: DocIndex | null;
  /** Outline level of the step's bookmark; its worksheets nest one level deeper. */
  level: number;
  /** Runs once the step's first page exists, before its bookmark (e.g. to bookmark a phase). */
  onFirstPage?: () => void;
}

export const stepTitle = (ctx: PdfCtx, step: StepDef): string =>
  `${ctx.t('stepNumber', { n: step.number })}  ${pick(ctx.lang, step.name_th, step.name_en)}`;

/**
 * The worksheets a step prints: for each of its templates, the workshop's boards made from it
 * (filled), or the blank template when there is none or a blank packet was asked for.
 */
export function stepWorksheets(step: StepDef, library: Library, index: DocIndex | null, filled: boolean): Worksheet[] {
  const out: Worksheet[] = [];
  for (const id of step.worksheets) {
    const template = library.templates.find((t) => t.id === id);
    const boards = filled && index ? index.boards.filter((b) => b.templateId === id) : [];
    if (boards.length > 0) for (const board of boards) out.push({ kind: 'board', board, template });
    else if (template) out.push({ kind: 'blank', template });
    else out.push({ kind: 'missing', templateId: id });
  }
  return out;
}

export function sheetTitle(ctx: PdfCtx, s: Worksheet): string {
  if (s.kind === 'board') return s.board.title;
  if (s.kind === 'ref') {
    const page = ctx.boardPages.get(s.board.id);
    return page === undefined ? s.board.title : `${s.board.title} — ${ctx.t('print.seePage', { n: page + 1 })}`;
  }
  if (s.kind === 'blank') return `${templateName(ctx, s.template)} (${ctx.t('print.blank')})`;
  return ctx.t('print.missingTemplate', { id: s.templateId });
}

/** One step: a page of purpose, activities, questions and the outputs checklist, then its worksheets. */
export function drawStepPacket(ctx: PdfCtx, input: StepPacketInput): void {
  const { step, state } = input;
  ctx.section = stepTitle(ctx, step);
  const flow = new Flow(ctx, 'portrait');
  input.onFirstPage?.();
  ctx.bookmark(ctx.section, input.level);
  const small: TextStyle = { size: ctx.pt(9), color: '#555555' };
  const h1: TextStyle = { font: 'bold', size: ctx.pt(18) };
  const h2: TextStyle = { font: 'bold', size: ctx.pt(12.5) };
  const body: TextStyle = { size: ctx.pt(11) };
  const ind = ctx.pt(14);
  if (input.phaseName) flow.paragraph(input.phaseName, small, { after: ctx.pt(3) });
  flow.paragraph(ctx.t('stepNumber', { n: step.number }), { font: 'bold', size: ctx.pt(12), color: '#333333' });
  flow.paragraph(pick(ctx.lang, step.name_th, step.name_en), h1);
  const other = otherLang(ctx.lang, step.name_th, step.name_en);
  if (other) flow.paragraph(other, small);
  if (state) flow.paragraph(`${ctx.t('stepStatus')}: ${ctx.t(`status_${state.status}`)}`, small);
  flow.space(ctx.pt(8));

  const section = (title: string, text: string) => {
    if (text.trim() === '') return;
    flow.paragraph(title, h2, { keep: 3 });
    flow.paragraph(text, body, { after: ctx.pt(8) });
  };
  section(ctx.t('purpose'), pick(ctx.lang, step.purpose_th, step.purpose_en));
  section(ctx.t('activities'), pick(ctx.lang, step.activities_th, step.activities_en));

  const questions = ctx.lang === 'en' && step.questions_en.length > 0 ? step.questions_en : step.questions_th;
  if (questions.length > 0) {
    flow.paragraph(ctx.t('guidingQuestions'), h2, { keep: 3 });
    questions.forEach((q, i) => flow.paragraph(`${i + 1}. ${q}`, body, { indent: ind, after: ctx.pt(2) }));
    flow.space(ctx.pt(6));
  }

  if (step.outputs.length > 0) {
    flow.paragraph(ctx.t('outputs'), h2, { keep: 3 });
    const checked = new Set(state?.checked ?? []);
    const lh = lineHeightOf(body);
    for (const o of step.outputs) {
      flow.ensure(lh);
      drawCheckbox(ctx, flow.box.x + ctx.pt(2), flow.y + body.size * 0.8 - body.size * 0.42, body.size * 0.84, checked.has(o.id));
      flow.paragraph(pick(ctx.lang, o.label_th, o.label_en), body, { indent: ind + ctx.pt(4), after: ctx.pt(2) });
    }
    flow.space(ctx.pt(6));
  }

  if (input.sheets.length > 0) {
    flow.paragraph(ctx.t('worksheets'), h2, { keep: 3 });
    for (const s of input.sheets) flow.paragraph(`• ${sheetTitle(ctx, s)}`, body, { indent: ind });
    flow.space(ctx.pt(6));
  }
  if (state && state.notes.trim() !== '') section(ctx.t('facilitatorNotes'), state.notes);

  for (const s of input.sheets) {
    const mark = { title: sheetTitle(ctx, s), level: input.level + 1 };
    if (s.kind === 'board' && input.index) {
      ctx.boardPages.set(s.board.id, ctx.pageIndex + 1);
      drawBoardSheet(ctx, s.board, input.index, input.library, mark);
    } else if (s.kind === 'blank') drawBlankSheet(ctx, s.template, mark);
  }
}

/** An outputs checklist box, ticked when the workshop has ticked the output. */
function drawCheckbox(ctx: PdfCtx, x: number, y: number, size: number, on: boolean): void {
  const { doc } = ctx;
  doc.save().rect(x, y, size, size).lineWidth(0.8).stroke('#222222');
  if (on) {
    doc
      .moveTo(x + size * 0.2, y + size * 0.55)
      .lineTo(x + size * 0.42, y + size * 0.78)
      .lineTo(x + size * 0.82, y + size * 0.22)
      .lineWidth(1.2)
      .stroke('#111111');
  }
  doc.restore();
}
