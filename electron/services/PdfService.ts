import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HostError } from '../../shared/contract/HostError';
import { pdfFileName, type PdfRequest } from '../../shared/contract/pdfRequest';
import type { WorkshopId } from '../../shared/model/ids';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { allSteps } from '../../shared/process/Process';
import type { Library } from '../../shared/templates/Library';
import { renderPdfToFileInWorker } from '../pdf/renderInWorker';
import { PdfJobs, type PdfJobsOptions, type RenderedPdf } from './PdfJobs';
import type { WorkshopService } from './WorkshopService';

/**
 * Builds handouts from the stored model (never from the screen), in a worker thread so the host
 * stays responsive while a whole pack is drawn; progress is read through `jobs`.
 */
export class PdfService {
  readonly jobs: PdfJobs;
  /** Finished PDFs wait here as files until they are taken or expire; made on first use. */
  private outDir: string | undefined;

  constructor(
    private readonly workshops: WorkshopService,
    private readonly library: () => Library,
    private readonly opts: { fontsDir: string; workerFile?: string; memoryLimitMb?: number; jobs?: PdfJobsOptions },
  ) {
    this.jobs = new PdfJobs(opts.jobs);
  }

  /** Checks the request at once (a missing board is a 404 now, not a failed job later), then starts it. */
  start(workshopId: WorkshopId | null, req: PdfRequest): string {
    const doc = this.docFor(workshopId, req);
    const library = this.library();
    checkTarget(req, doc, library);
    return this.jobs.start((onProgress) => this.draw(req, doc, library, onProgress));
  }

  /** Renders and waits: for callers that need the bytes directly (benchmarks). */
  async render(workshopId: WorkshopId | null, req: PdfRequest): Promise<{ bytes: Buffer; fileName: string }> {
    const doc = this.docFor(workshopId, req);
    const library = this.library();
    checkTarget(req, doc, library);
    const { file, fileName } = await this.draw(req, doc, library);
    try {
      return { bytes: await fs.promises.readFile(file), fileName };
    } finally {
      await fs.promises.rm(file, { force: true });
    }
  }

  /** Forgets every job and deletes the PDFs nobody took. */
  close(): void {
    this.jobs.close();
    if (this.outDir) fs.rmSync(this.outDir, { recursive: true, force: true });
  }

  private docFor(workshopId: WorkshopId | null, req: PdfRequest): WorkshopDoc | null {
    if (req.kind !== 'blank' && workshopId === null)
      throw new HostError('invalid', `a ${req.kind} PDF needs a workshop`, 'error.pdfNeedsWorkshop');
    return workshopId === null ? null : this.workshops.open(workshopId);
  }

  private async draw(
    req: PdfRequest,
    doc: WorkshopDoc | null,
    library: Library,
    onProgress?: (d: number, t: number) => void,
  ): Promise<RenderedPdf> {
    this.outDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'cbmc-pdf-'));
    const file = path.join(this.outDir, `${randomBytes(8).toString('hex')}.pdf`);
    try {
      const { fontsDir, workerFile, memoryLimitMb } = this.opts;
      await renderPdfToFileInWorker(req, doc, library, file, { fontsDir, workerFile, memoryLimitMb, onProgress });
      return { file, fileName: pdfFileName(req, doc, library) };
    } catch (e) {
      const message = `the PDF could not be made: ${e instanceof Error ? e.message : String(e)}`;
      throw new HostError('internal', message, 'error.internal', { message });
    }
  }
}

function checkTarget(req: PdfRequest, doc: WorkshopDoc | null, library: Library): void {
  const missing =
    req.kind === 'blank'
      ? !library.templates.some((t) => t.id === req.templateId) && `template "${req.templateId}"`
      : req.kind === 'board'
        ? !doc?.boards[req.boardId] && `board "${req.boardId}"`
        : req.kind === 'step'
          ? !allSteps(library.process).some((s) => s.id === req.stepId) && `step "${req.stepId}"`
          : false;
  if (missing) throw new HostError('not_found', `${missing} does not exist`, 'error.not_found');
}
