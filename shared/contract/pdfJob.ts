/** Where a PDF being made has got to. `done`/`total` count sections (a pack: its steps). */
export type PdfJobStatus =
  | { state: 'running'; done: number; total: number }
  | { state: 'ready'; done: number; total: number; fileName: string }
  | { state: 'failed'; done: number; total: number; message?: string };
