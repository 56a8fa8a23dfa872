import { z } from 'zod';
import { idSchema } from '../model/ids';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import type { Library } from '../templates/Library';

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

/** Characters no common file system accepts in a name, plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u2028\u2029\ufeff]/g;
const MAX_NAME = 120;

/** Makes a file-name stem from user text: keeps Thai and Latin, drops what file systems refuse. */
export function safeFileStem(text: string): string {
  let s = text.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  // Windows refuses names ending in a dot or space, and a leading dot hides a file elsewhere.
  s = s.replace(/^[.\s]+|[.\s]+$/g, '');
  if (s.length > MAX_NAME) {
    // Cut between grapheme clusters so no Thai mark is left without its consonant.
    let out = '';
    for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s)) {
      if (out.length + segment.length > MAX_NAME) break;
      out += segment;
    }
    s = out.trim();
  }
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(s)) s = `_${s}`;
  return s;
}

/**
 * A sensible default name for the saved PDF, e.g. "ตลาดนัดชุมชน - ขั้นตอนที่ 3 - 2569-01-15.pdf".
 * The library, when given, supplies template and step names; ids are used otherwise.
 */
export function pdfFileName(req: PdfRequestInput, doc: WorkshopDoc | null, library?: Library): string {
  const en = req.lang === 'en';
  const workshop = doc ? doc.workshop.name : '';
  const beDate = doc ? beIsoDate(doc.workshop.date) : '';
  let part: string;
  switch (req.kind) {
    case 'blank': {
      const t = library?.templates.find((x) => x.id === req.templateId);
      const name = t ? (en && t.name_en ? t.name_en : t.name_th) : req.templateId;
      part = `${en ? 'Blank' : 'แบบฟอร์มเปล่า'} - ${name}`;
      break;
    }
    case 'board': {
      const b = doc?.boards[req.boardId];
      part = b ? b.title : req.boardId;
      break;
    }
    case 'step': {
      const step = library?.process.phases.flatMap((p) => p.steps).find((s) => s.id === req.stepId);
      part = step ? `${en ? 'Step' : 'ขั้นตอนที่'} ${step.number}` : req.stepId;
      break;
    }
    case 'pack':
      part = en ? 'Workshop pack' : 'เอกสารเวิร์กช็อป';
      break;
  }
  const stem = safeFileStem(
    [workshop, part, beDate]
      .map(safeFileStem)
      .filter((s) => s !== '')
      .join(' - '),
  );
  return `${stem || 'cbmc'}.pdf`;
}

/** "2026-01-15" → "2569-01-15": the year people in Thailand write. */
function beIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1]) + 543}-${m[2]}-${m[3]}` : '';
}
