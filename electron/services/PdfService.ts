import { HostError } from '../../shared/contract/HostError';
import { pdfFileName, type PdfRequest } from '../../shared/contract/pdfRequest';
import type { WorkshopId } from '../../shared/model/ids';
import type { Library } from '../../shared/templates/Library';
import { renderPdfInWorker } from '../pdf/renderInWorker';
import type { WorkshopService } from './WorkshopService';

export interface RenderedPdf {
  bytes: Buffer;
  fileName: string;
}

/**
 * Builds handouts from the stored model (never from the screen), in a worker thread so the host
 * stays responsive while a whole pack is drawn.
 */
export class PdfService {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly library: () => Library,
    private readonly opts: { fontsDir: string; workerFile?: string },
  ) {}

  async render(workshopId: WorkshopId | null, req: PdfRequest): Promise<RenderedPdf> {
    if (req.kind !== 'blank' && workshopId === null) throw new HostError('invalid', `a ${req.kind} PDF needs a workshop`);
    const doc = workshopId === null ? null : this.workshops.open(workshopId);
    const library = this.library();
    try {
      const bytes = await renderPdfInWorker(req, doc, library, { fontsDir: this.opts.fontsDir, workerFile: this.opts.workerFile });
      return { bytes, fileName: pdfFileName(req, doc, library) };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/not found/.test(message) && !/font/i.test(message)) throw new HostError('not_found', message);
      throw new HostError('internal', `the PDF could not be made: ${message}`);
    }
  }
}
