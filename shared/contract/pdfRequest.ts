import { z } from 'zod';
import { idSchema } from '../model/ids';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Library } from '../templates/Library';
import { formatBuddhistDate, pick, translate } from '../i18n';
import { safeFileNameFromParts } from '../text/safeFileName';

export const PAPERS = ['A4', 'A3'] as const;
export type Paper = (typeof PAPERS)[number];
export const paperSchema = z.enum(PAPERS).default('A4');
export const pdfLangSchema = z.enum(['th', 'en']).default('th');

const common = { paper: paperSchema, lang: pdfLangSchema };

/**
 * What to print. A blank worksheet needs only the library; every other kind is drawn from one
 * workshop's stored document.
 */
export const pdfRequestSchema = z.discriminatedUnion('kind', [
  /** An empty worksheet of one template (canvas or table) to fill in by hand. */
  z.object({ kind: z.literal('blank'), templateId: idSchema, ...common }).strict(),
  /** One board as it is filled: the canvas (or table), then the notes listed per block. */
  z.object({ kind: z.literal('board'), boardId: idSchema, ...common }).strict(),
  /** One step: purpose, questions, outputs checklist, and its worksheets blank or filled. */
  z.object({ kind: z.literal('step'), stepId: idSchema, filled: z.boolean(), ...common }).strict(),
  /** The whole workshop: cover, contents, one section per step, bookmarks. */
  z.object({ kind: z.literal('pack'), ...common }).strict(),
]);
/** A request after parsing (paper and lang filled in). */
export type PdfRequest = z.infer<typeof pdfRequestSchema>;
/** A request as a caller may write it (paper and lang optional). */
export type PdfRequestInput = z.input<typeof pdfRequestSchema>;
export type PdfKind = PdfRequest['kind'];

/**
 * A sensible default name for the saved PDF, e.g. "ตลาดนัดชุมชน - ขั้นตอนที่ 3 - 2569-01-15.pdf".
 * The library, when given, supplies template and step names; ids are used otherwise.
 */
export function pdfFileName(req: PdfRequestInput, doc: WorkshopDoc | null, library?: Library): string {
  const lang = req.lang ?? 'th';
  const workshop = doc ? doc.workshop.name : '';
  const beDate = doc ? formatBuddhistDate(doc.workshop.date, lang, 'iso') : '';
  let part: string;
  switch (req.kind) {
    case 'blank': {
      const t = library?.templates.find((x) => x.id === req.templateId);
      part = `${translate(lang, 'print.blank')} - ${t ? pick(lang, t.name_th, t.name_en) : req.templateId}`;
      break;
    }
    case 'board': {
      const b = doc?.boards[req.boardId];
      part = b ? b.title : req.boardId;
      break;
    }
    case 'step': {
      const step = library?.process.phases.flatMap((p) => p.steps).find((s) => s.id === req.stepId);
      part = step ? translate(lang, 'stepNumber', { n: step.number }) : req.stepId;
      break;
    }
    case 'pack':
      part = translate(lang, 'print.pack');
      break;
  }
  // A date that is not a real date gives no date part rather than the raw text.
  const datePart = /^\d{4}-\d{2}-\d{2}$/.test(beDate) ? beDate : '';
  return safeFileNameFromParts([workshop, part, datePart], { extension: '.pdf', fallback: 'cbmc' });
}
