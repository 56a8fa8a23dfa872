import fs from 'node:fs';
import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { HostError } from '../../shared/contract/HostError';
import { safeFileName } from '../../shared/text/safeFileName';
import type { PdfService } from '../services/PdfService';

/**
 * GET /api/pdf/<jobId>: the browser host hands over a finished PDF as a download (Electron saves
 * it through pdf.save instead). Jobs are started and followed with pdf.start and pdf.status.
 */
export function pdfRoute(pdf: PdfService) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    const m = /^\/api\/pdf\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
    if (!m) return false;
    if (req.method !== 'GET') throw new HostError('invalid', 'PDF downloads use GET');
    const job = pdf.jobs.take(m[1]!);
    const file = job.file;
    const fileName = safeFileName(job.fileName.replace(/\.pdf$/i, ''), { extension: '.pdf', fallback: 'cbmc' });
    try {
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': (await fs.promises.stat(file)).size,
        'content-disposition': `attachment; filename="handout.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        'cache-control': 'no-store',
      });
      // Streamed from the file, so a large pack never sits in the host's memory whole.
      await pipeline(fs.createReadStream(file), res);
    } finally {
      await fs.promises.rm(file, { force: true });
    }
    return true;
  };
}
