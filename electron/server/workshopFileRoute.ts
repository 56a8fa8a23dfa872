import type http from 'node:http';
import { HostError } from '../../shared/contract/HostError';
import type { HostApi } from '../../shared/contract/contract';
import { dispatch } from '../services/dispatch';
import { sendResult } from './createServer';

/**
 * GET /api/workshop-file/<workshopId>: the browser host hands a workshop file over as a download
 * (Electron saves it through workshopFile.save). It goes through the same gate as every channel.
 */
export function workshopFileRoute(services: HostApi) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    const m = /^\/api\/workshop-file\/([^/]*)$/.exec(url.pathname);
    if (!m) return false;
    if (req.method !== 'GET') throw new HostError('invalid', 'workshop file downloads use GET');
    const result = await dispatch(services, 'workshopFile.export', { id: decodeURIComponent(m[1]!) });
    if (!result.ok) {
      sendResult(res, result);
      return true;
    }
    const { fileName, text, leftOut } = result.value as { fileName: string; text: string; leftOut: number };
    const bytes = Buffer.from(text, 'utf8');
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': bytes.length,
      'content-disposition': `attachment; filename="workshop.cbmc"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
      // Read by the page to say that unreadable records were left out of the file.
      'x-cbmc-left-out': String(leftOut),
    });
    res.end(bytes);
    return true;
  };
}
