/** Where a PDF being made has got to. `done`/`total` count sections (a pack: its steps). */
export type PdfJobStatus =
  /** Waiting for one of the two drawing slots; `ahead` jobs will start first. */
  | { state: 'queued'; done: number; total: number; ahead: number }
  | { state: 'running'; done: number; total: number }
  | { state: 'ready'; done: number; total: number; fileName: string }
  | { state: 'failed'; done: number; total: number; message?: string };
