import { z } from 'zod';
import { idSchema, workshopIdSchema } from '../model/ids';
import { LIMITS } from '../model/limits';
import type { LeftOut } from '../model/restoreDoc';
import { workshopFieldsSchema, workshopPatchSchema, type Workshop, type WorkshopListEntry } from '../model/Workshop';
import type { WorkshopDoc } from '../model/WorkshopDoc';
import { opSchema } from '../ops/Op';
import type { Library } from '../templates/Library';
import { MAX_TEMPLATE_SET_CHARS, templateSetContentSchema, type TemplateSet, type TemplateSetSummary } from '../templates/templateSetFile';
import { backupChannels } from './backups';
import { roomChannels } from './room';
import { MAX_WORKSHOP_FILE_BYTES, type WorkshopFileOpen, type WorkshopImport } from '../workshopFile/workshopFile';
import { pdfRequestSchema } from './pdfRequest';
import type { PdfJobStatus } from './pdfJob';
import { dataExportRequestSchema, type ExportedFile } from './dataExport';

/** A channel: the schema its request must pass, and (as a type only) what it answers. */
interface Channel<Req extends z.ZodType, Res> {
  request: Req;
  response?: Res;
}
const channel =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): Channel<Req, Res> => ({ request });

const byId = z.object({ id: workshopIdSchema }).strict();

/** Who sent a batch and its place in that sender's line: sequence numbers only grow per client. */
export const batchClientSchema = z
  .object({
    id: z.string().regex(/^[\w-]{8,64}$/, 'a client id is 8 to 64 letters, digits, _ or -'),
    seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type BatchClient = z.infer<typeof batchClientSchema>;
export interface OpsApplied {
  savedAt: string;
  /** The host had applied this batch already (its first answer was lost); nothing was applied now. */
  alreadyApplied?: true;
  /** The batch's place in the workshop's op log; null when it was applied already. */
  seq: number | null;
}
const setById = z.object({ id: idSchema }).strict();

/**
 * The one API between the renderer and a host (Electron IPC or HTTP). Both hosts validate every
 * request with these schemas before any service runs.
 */
export const contract = {
  /** Every workshop; one whose record is damaged is listed as such, never hiding the others. */
  'workshops.list': channel<WorkshopListEntry[]>()(z.object({}).strict()),
  'workshops.create': channel<Workshop>()(z.object({ fields: workshopFieldsSchema }).strict()),
  'workshops.update': channel<Workshop>()(z.object({ id: workshopIdSchema, fields: workshopPatchSchema }).strict()),
  'workshops.delete': channel<{ deleted: true }>()(byId),
  /**
   * The document, the stored records that could not be read into it (still stored, left out), and the
   * seq of the workshop's op log the document is at.
   */
  'workshop.open': channel<{ doc: WorkshopDoc; leftOut: LeftOut[]; seq: number }>()(byId),
  /**
   * One batch, applied all or nothing. With `client`, a batch sent again after its answer was lost
   * is recognised and answered `alreadyApplied` rather than applied twice.
   */
  'ops.apply': channel<OpsApplied>()(
    z
      .object({
        workshopId: workshopIdSchema,
        ops: z.array(opSchema).min(1, 'no ops to apply').max(LIMITS.opsPerBatch, `more than ${LIMITS.opsPerBatch} ops in one batch`),
        client: batchClientSchema.optional(),
      })
      .strict(),
  ),
  'library.get': channel<Library>()(z.object({}).strict()),
  /** Template sets: the built-in one (id 'builtin') and facilitators' own; one is active (library.get). */
  'templateSets.list': channel<{ sets: TemplateSetSummary[]; activeId: string }>()(z.object({}).strict()),
  'templateSets.get': channel<TemplateSet>()(setById),
  'templateSets.save': channel<TemplateSetSummary>()(templateSetContentSchema.extend({ id: idSchema.optional() }).strict()),
  'templateSets.import': channel<TemplateSetSummary>()(
    z.object({ text: z.string().max(MAX_TEMPLATE_SET_CHARS, `the file is larger than ${MAX_TEMPLATE_SET_CHARS} characters`) }).strict(),
  ),
  'templateSets.export': channel<{ fileName: string; text: string }>()(setById),
  'templateSets.delete': channel<{ deleted: true }>()(setById),
  'templateSets.activate': channel<Library>()(setById),
  /** Starts making a PDF in the background; poll pdf.status for progress. */
  'pdf.start': channel<{ jobId: string }>()(z.object({ workshopId: workshopIdSchema.nullable(), request: pdfRequestSchema }).strict()),
  'pdf.status': channel<PdfJobStatus>()(z.object({ jobId: idSchema }).strict()),
  /** Electron: asks where to save a finished PDF and writes it atomically. The browser host downloads GET /api/pdf/<jobId>. */
  'pdf.save': channel<{ saved: boolean; path?: string; fileName: string }>()(z.object({ jobId: idSchema }).strict()),
  ...backupChannels,
  ...roomChannels,
  /** A board as a spreadsheet (XLSX or CSV); the browser host hands it out at GET /api/export/… as a download. */
  'data.export': channel<ExportedFile>()(dataExportRequestSchema),
  /** Electron: the same file, saved where the user says. */
  'data.save': channel<{ saved: boolean; path?: string; fileName: string }>()(dataExportRequestSchema),
  // Workshop files (.cbmc): one workshop out to a file, and back in as a new workshop.
  /** The file's text and name; the browser host serves it as a download at GET /api/workshop-file/<id>. */
  'workshopFile.export': channel<{ fileName: string; text: string; leftOut: number }>()(byId),
  /** Electron: asks where to save the file and writes it atomically. */
  'workshopFile.save': channel<{ saved: boolean; path?: string; fileName: string; leftOut: number }>()(byId),
  /** Imports a file's text (the page read the picked file). A refusal is an answer naming the first problem. */
  'workshopFile.import': channel<WorkshopImport>()(
    // The reader refuses a file over the limit with its own message; this only stops absurd requests.
    z.object({ text: z.string().max(2 * MAX_WORKSHOP_FILE_BYTES, 'the file is far too large') }).strict(),
  ),
  /** Electron: asks which file to import, then imports it as workshopFile.import does. */
  'workshopFile.open': channel<WorkshopFileOpen>()(z.object({}).strict()),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type RequestOf<C extends ChannelName> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = NonNullable<Contract[C]['response']>;
export const CHANNELS = Object.keys(contract) as ChannelName[];

/** What the renderer calls: one async function per channel. */
export type HostApi = { [C in ChannelName]: (req: RequestOf<C>) => Promise<ResponseOf<C>> };
