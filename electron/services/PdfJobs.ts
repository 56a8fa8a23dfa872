import { newRowId } from '../../shared/model/ids';
import type { PdfJobStatus } from '../../shared/contract/pdfJob';
import { HostError } from '../../shared/contract/HostError';

export interface RenderedPdf {
  bytes: Buffer;
  fileName: string;
}

interface Job {
  status: PdfJobStatus;
  result?: RenderedPdf;
  finishedAt?: number;
}

/** Finished jobs nobody collected are dropped after this long. */
const KEEP_MS = 10 * 60_000;
const MAX_JOBS = 20;

/**
 * PDFs being made, so a person sees progress ("step 4 of 11") while a pack is drawn in the worker,
 * and collects the file when it is ready.
 */
export class PdfJobs {
  private readonly jobs = new Map<string, Job>();

  start(render: (onProgress: (done: number, total: number) => void) => Promise<RenderedPdf>): string {
    this.prune();
    if (this.jobs.size >= MAX_JOBS) throw new HostError('unavailable', 'too many PDFs are being made at once; try again in a moment', 'error.pdfBusy');
    const id = `p${newRowId().slice(1)}`;
    const job: Job = { status: { state: 'running', done: 0, total: 1 } };
    this.jobs.set(id, job);
    render((done, total) => {
      job.status = { state: 'running', done, total };
    }).then(
      (result) => {
        job.result = result;
        job.status = { state: 'ready', done: job.status.total, total: job.status.total, fileName: result.fileName };
        job.finishedAt = Date.now();
      },
      (e: unknown) => {
        job.status = { state: 'failed', done: job.status.done, total: job.status.total, message: e instanceof Error ? e.message : String(e) };
        job.finishedAt = Date.now();
      },
    );
    return id;
  }

  status(id: string): PdfJobStatus {
    return this.need(id).status;
  }

  /** Hands over a finished PDF once; the job is forgotten. */
  take(id: string): RenderedPdf {
    const job = this.need(id);
    if (!job.result) {
      const failed = job.status.state === 'failed' ? job.status.message ?? 'the PDF failed' : null;
      throw failed
        ? new HostError('conflict', failed, 'error.internal', { message: failed })
        : new HostError('conflict', 'the PDF is not ready yet', 'error.pdfNotReady');
    }
    this.jobs.delete(id);
    return job.result;
  }

  private need(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new HostError('not_found', `PDF job "${id}" does not exist (finished PDFs are kept for 10 minutes)`, 'error.pdfGone');
    return job;
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && now - job.finishedAt > KEEP_MS) this.jobs.delete(id);
  }
}
