import type http from 'node:http';
import { contract } from '../../shared/contract/contract';
import { HostError } from '../../shared/contract/HostError';
import { describeZodError } from '../services/dispatch';
import type { PdfService } from '../services/PdfService';

/**
 * GET /api/pdf?workshopId=…&request=<json>: the browser host's PDF download. The query is checked
 * with the same schema as Electron's pdf.export channel.
 */
export function pdfRoute(pdf: PdfService) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== '/api/pdf') return false;
    if (req.method !== 'GET') throw new HostError('invalid', 'PDF downloads use GET');
    let request: unknown;
    try {
      request = JSON.parse(url.searchParams.get('request') ?? '');
    } catch {
      throw new HostError('invalid', 'the "request" parameter must be JSON describing the PDF');
    }
    const parsed = contract['pdf.export'].request.safeParse({ workshopId: url.searchParams.get('workshopId') || null, request });
    if (!parsed.success) throw new HostError('invalid', describeZodError(parsed.error));
    const { bytes, fileName } = await pdf.render(parsed.data.workshopId, parsed.data.request);
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': bytes.length,
      'content-disposition': `attachment; filename="handout.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
    });
    res.end(bytes);
    return true;
  };
}
