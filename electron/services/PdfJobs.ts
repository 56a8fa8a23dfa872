import fs from 'node:fs';
import { newRowId } from '../../shared/model/ids';
import type { PdfJobStatus } from '../../shared/contract/pdfJob';
import { HostError } from '../../shared/contract/HostError';

/** A finished PDF: a file the job owns until it is taken (then the taker removes it). */
export interface RenderedPdf {
  file: string;
  fileName: string;
}

type Render = (onProgress: (done: number, total: number) => void) => Promise<RenderedPdf>;

interface Job {
  status: PdfJobStatus;
  render: Render;
  result?: RenderedPdf;
  finishedAt?: number;
}

export interface PdfJobsOptions {
  /** Jobs drawn at the same time; the rest wait in order and report "queued". */
  concurrency?: number;
  /** Jobs waiting or running before new ones are refused. */
  maxJobs?: number;
  /** Finished PDFs nobody collected are deleted after this long. */
  keepMs?: number;
  /** The clock, so a test can let minutes pass without waiting. */
  now?: () => number;
}

/**
 * PDFs being made, so a person sees progress ("step 4 of 11", or "queued") while a pack is drawn in
 * a worker, and collects the file when it is ready. At most two are drawn at once: each worker
 * may use up to its memory limit, and a laptop must keep room for the rest.
 */
export class PdfJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: Job[] = [];
  private running = 0;
  private closed = false;
  private readonly concurrency: number;
  private readonly maxJobs: number;
  private readonly keepMs: number;
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(opts: PdfJobsOptions = {}) {
    this.concurrency = opts.concurrency ?? 2;
    this.maxJobs = opts.maxJobs ?? 20;
    this.keepMs = opts.keepMs ?? 5 * 60_000;
    this.now = opts.now ?? Date.now;
    // Unclaimed files go even when nobody asks for anything; unref so it never keeps a process alive.
    this.sweeper = setInterval(() => this.prune(), 30_000);
    this.sweeper.unref();
  }

  start(render: Render): string {
    this.prune();
    const pending = this.running + this.waiting.length;
    if (pending >= this.maxJobs)
      throw new HostError('unavailable', 'too many PDFs are being made at once; try again in a moment', 'error.pdfBusy');
    const id = `p${newRowId().slice(1)}`;
    const job: Job = { status: { state: 'queued', done: 0, total: 1, ahead: 0 }, render };
    this.jobs.set(id, job);
    this.waiting.push(job);
    this.pump();
    return id;
  }

  status(id: string): PdfJobStatus {
    this.prune();
    const job = this.need(id);
    if (job.status.state === 'queued') return { ...job.status, ahead: this.waiting.indexOf(job) };
    return job.status;
  }

  /** Hands over a finished PDF once; the job is forgotten and the file is the caller's to remove. */
  take(id: string): RenderedPdf {
    this.prune();
    const job = this.need(id);
    if (!job.result) {
      const failed = job.status.state === 'failed' ? (job.status.message ?? 'the PDF failed') : null;
      throw failed ? new HostError('internal', failed) : new HostError('conflict', 'the PDF is not ready yet', 'error.pdfNotReady');
    }
    this.jobs.delete(id);
    return job.result;
  }

  /** Drops finished jobs older than keepMs, deleting their files. */
  prune(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt === undefined || now - job.finishedAt <= this.keepMs) continue;
      this.jobs.delete(id);
      if (job.result) fs.rmSync(job.result.file, { force: true });
    }
  }

  /** Stops sweeping and deletes every file not yet taken (jobs still drawing clean up when they end). */
  close(): void {
    this.closed = true;
    clearInterval(this.sweeper);
    for (const job of this.jobs.values()) if (job.result) fs.rmSync(job.result.file, { force: true });
    this.jobs.clear();
    this.waiting.length = 0;
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) this.run(this.waiting.shift()!);
  }

  private run(job: Job): void {
    this.running++;
    job.status = { state: 'running', done: 0, total: 1 };
    job
      .render((done, total) => {
        job.status = { state: 'running', done, total };
      })
      .then(
        (result) => {
          if (this.closed) return fs.rmSync(result.file, { force: true });
          job.result = result;
          job.status = { state: 'ready', done: job.status.total, total: job.status.total, fileName: result.fileName };
        },
        (e: unknown) => {
          job.status = {
            state: 'failed',
            done: job.status.done,
            total: job.status.total,
            message: e instanceof Error ? e.message : String(e),
          };
        },
      )
      .finally(() => {
        job.finishedAt = this.now();
        this.running--;
        this.pump();
      });
  }

  private need(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) {
      const minutes = Math.round(this.keepMs / 60_000);
      throw new HostError('not_found', `PDF job "${id}" does not exist (finished PDFs are kept for ${minutes} minutes)`, 'error.pdfGone', {
        minutes,
      });
    }
    return job;
  }
}
