import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { pdfRequestSchema, type PdfRequest, type PdfRequestInput } from '../../shared/contract/pdfRequest';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { allSteps } from '../../shared/process/Process';
import type { Library } from '../../shared/templates/Library';
import { PdfCtx, type TraceItem } from './context';
import { fixThaiTextLayer, loadFonts, registerFonts } from './fonts';
import { printableDoc, printableFilter } from './printableText';
import { formatBuddhistDate, pick } from '../../shared/i18n';
import { finishPages } from './pageFrame';
import { drawBlankSheet, drawBoardSheet, indexDoc, templateName } from './sheets';
import { drawStepPacket, stepTitle, stepWorksheets } from './stepPacket';
import { drawWorkshopPack } from './workshopPack';

export interface RenderOptions {
  /** Folder holding Sarabun-Regular.ttf and Sarabun-Bold.ttf. */
  fontsDir: string;
  /** Called as sections are drawn (a pack reports once per step). */
  onProgress?: (done: number, total: number) => void;
  /** The date printed in footers; defaults to today. */
  now?: Date;
  /** Tests: collects every box and text line drawn, to check overlaps and margins. */
  trace?: TraceItem[];
}

/**
 * Draws a PDF from the stored model (never from a screenshot) and returns its bytes.
 * `doc` may be null only for a blank worksheet. Throws an Error with a clear message when the
 * board, step or template asked for does not exist, or when a font file is missing.
 */
export async function renderPdf(
  reqIn: PdfRequestInput | PdfRequest,
  storedDoc: WorkshopDoc | null,
  library: Library,
  opts: RenderOptions,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  await renderPdfTo(collect, reqIn, storedDoc, library, opts);
  return Buffer.concat(chunks);
}

/**
 * renderPdf into a stream (the PDF worker passes a file), so the finished document is never held
 * in memory whole. Pages themselves stay buffered in pdfkit until the end: the "page n / total"
 * footers are drawn once the total is known. Resolves when `out` has everything.
 */
export async function renderPdfTo(
  out: Writable,
  reqIn: PdfRequestInput | PdfRequest,
  storedDoc: WorkshopDoc | null,
  library: Library,
  opts: RenderOptions,
): Promise<void> {
  const parsed = pdfRequestSchema.safeParse(reqIn);
  if (!parsed.success)
    throw new Error(`invalid PDF request: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ')}`);
  const req = parsed.data;
  const fonts = loadFonts(opts.fontsDir);
  const doc = storedDoc && printableDoc(storedDoc, printableFilter(fonts.regular));
  if (req.kind !== 'blank' && !doc) throw new Error(`a ${req.kind} PDF needs a workshop`);
  // Check what was asked for before drawing anything.
  const template = req.kind === 'blank' ? library.templates.find((t) => t.id === req.templateId) : undefined;
  if (req.kind === 'blank' && !template) throw new Error(`template not found: ${req.templateId}`);
  const board = req.kind === 'board' ? doc?.boards[req.boardId] : undefined;
  if (req.kind === 'board' && !board) throw new Error(`board not found: ${req.boardId}`);
  const step = req.kind === 'step' ? allSteps(library.process).find((s) => s.id === req.stepId) : undefined;
  if (req.kind === 'step' && !step) throw new Error(`step not found: ${req.stepId}`);

  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    margin: 0,
    lang: req.lang === 'th' ? 'th-TH' : 'en-GB',
    displayTitle: true,
    info: { Title: 'CBMC Studio', Creator: 'CBMC Studio', Producer: 'CBMC Studio (pdfkit)' },
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    pdf.on('error', reject);
  });
  pdf.pipe(out);
  registerFonts(pdf, fonts);
  const ctx = new PdfCtx(pdf, req.paper, req.lang);
  if (opts.trace) ctx.trace = opts.trace;
  ctx.printedOn = ctx.t('print.printed', { date: formatBuddhistDate(opts.now ?? new Date(), req.lang) });
  const index = doc ? indexDoc(doc) : null;
  const progress = opts.onProgress;

  if (req.kind === 'blank') {
    const t = template!;
    ctx.docTitle = templateName(ctx, t);
    ctx.section = ctx.t('print.blank');
    drawBlankSheet(ctx, t);
  } else if (req.kind === 'board') {
    const b = board!;
    ctx.docTitle = doc!.workshop.name;
    ctx.section = b.title;
    progress?.(0, 1);
    drawBoardSheet(ctx, b, index!, library);
    progress?.(1, 1);
  } else if (req.kind === 'step') {
    const s = step!;
    ctx.docTitle = doc!.workshop.name;
    const phase = library.process.phases.find((p) => p.steps.some((x) => x.id === s.id));
    const sheets = stepWorksheets(s, library, index, req.filled);
    progress?.(0, 1);
    drawStepPacket(ctx, {
      step: s,
      phaseName: phase ? pick(ctx.lang, phase.name_th, phase.name_en) : '',
      state: doc!.steps[s.id],
      sheets,
      library,
      index,
      level: 0,
    });
    progress?.(1, 1);
  } else {
    ctx.docTitle = doc!.workshop.name;
    drawWorkshopPack(ctx, index!, library, progress);
  }

  pdf.info.Title = documentTitle(ctx, req, doc, library);
  if (doc) pdf.info.Subject = doc.workshop.group || doc.workshop.name;
  finishPages(ctx);
  fixThaiTextLayer(pdf);
  pdf.end();
  return finished;
}

function documentTitle(ctx: PdfCtx, req: PdfRequest, doc: WorkshopDoc | null, library: Library): string {
  const name = doc?.workshop.name ?? '';
  switch (req.kind) {
    case 'blank':
      return ctx.docTitle;
    case 'board':
      return `${name} — ${doc?.boards[req.boardId]?.title ?? ''}`;
    case 'step': {
      const s = allSteps(library.process).find((x) => x.id === req.stepId);
      return s ? `${name} — ${stepTitle(ctx, s)}` : name;
    }
    case 'pack':
      return name;
  }
}
