import { z } from 'zod';
import { idSchema } from './ids';
import { LIMITS } from './limits';

/** Where a piece of wording comes from (domain.md): a public source, CODI's overview, or our proposal. */
export const provenanceSchema = z.enum(['confirmed', 'seed', 'proposal']);
export type Provenance = z.infer<typeof provenanceSchema>;

const titleText = z.string().max(LIMITS.title, `title is longer than ${LIMITS.title} characters`);
const questionText = z.string().max(LIMITS.longText, `text is longer than ${LIMITS.longText} characters`);

/** One block of a canvas template, placed on the template grid (1-based columns and rows). */
export const blockDefSchema = z.object({
  id: idSchema,
  label_th: titleText.min(1, 'block has no Thai title'),
  label_en: titleText.default(''),
  col: z.number().int().min(1),
  colSpan: z.number().int().min(1),
  row: z.number().int().min(1),
  rowSpan: z.number().int().min(1),
  questions_th: z.array(questionText).max(20).default([]),
  questions_en: z.array(questionText).max(20).default([]),
  /** A soft fill behind the block, as #rrggbb. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  provenance: provenanceSchema.default('proposal'),
  source_url: z.string().max(2000).optional(),
});
export type BlockDef = z.infer<typeof blockDefSchema>;

export const gridSchema = z.object({
  cols: z.number().int().min(1).max(24),
  /** Relative heights, one per row. */
  rowHeights: z.array(z.number().positive().max(10)).min(1).max(24),
});
export type Grid = z.infer<typeof gridSchema>;

/** The part of a canvas template a board keeps its own copy of, so a facilitator can edit it. */
export const canvasLayoutSchema = z.object({
  kind: z.literal('canvas'),
  grid: gridSchema,
  blocks: z.array(blockDefSchema).min(1).max(60),
});
export type CanvasLayout = z.infer<typeof canvasLayoutSchema>;

export const columnKindSchema = z.enum(['text', 'number', 'baht', 'date', 'choice']);
export type ColumnKind = z.infer<typeof columnKindSchema>;

export const columnDefSchema = z.object({
  id: idSchema,
  label_th: titleText.min(1, 'column has no Thai title'),
  label_en: titleText.default(''),
  kind: columnKindSchema.default('text'),
  options: z.array(titleText).max(40).optional(),
  /** Relative width in print and on screen. */
  width: z.number().positive().max(10).default(1),
  provenance: provenanceSchema.default('proposal'),
});
export type ColumnDef = z.infer<typeof columnDefSchema>;

export const tableLayoutSchema = z.object({
  kind: z.literal('table'),
  columns: z.array(columnDefSchema).min(1).max(30),
});
export type TableLayout = z.infer<typeof tableLayoutSchema>;

export const layoutSchema = z.discriminatedUnion('kind', [canvasLayoutSchema, tableLayoutSchema]);
export type Layout = z.infer<typeof layoutSchema>;

export const templateSchema = z.object({
  id: idSchema,
  name_th: titleText.min(1, 'template has no Thai name'),
  name_en: titleText.default(''),
  description_th: questionText.default(''),
  description_en: questionText.default(''),
  /** Printed landscape (canvases) or portrait (tables). */
  orientation: z.enum(['landscape', 'portrait']).default('landscape'),
  layout: layoutSchema,
});
export type Template = z.infer<typeof templateSchema>;

export const isCanvasLayout = (l: Layout): l is CanvasLayout => l.kind === 'canvas';
export const isTableLayout = (l: Layout): l is TableLayout => l.kind === 'table';
