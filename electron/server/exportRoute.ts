import type http from 'node:http';
import { HostError } from '../../shared/contract/HostError';
import type { ExportedFile } from '../../shared/contract/dataExport';
import type { HostApi } from '../../shared/contract/contract';
import { dispatch } from '../services/dispatch';
import { sendResult } from './createServer';

/**
 * GET /api/export/<workshopId>/<boardId>.<xlsx|csv>?lang=th: a board as a spreadsheet download in
 * the browser host (Electron saves it through data.save). The request passes the same gate as
 * every channel (data.export), so its checks and messages are the contract's.
 */
export function exportRoute(services: HostApi) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    const m = /^\/api\/export\/([^/]{1,64})\/([^/]{1,64})\.([a-z]{1,8})$/.exec(url.pathname);
    if (!m) return false;
    if (req.method !== 'GET') throw new HostError('invalid', 'exports are downloaded with GET');
    const payload = { workshopId: m[1], boardId: m[2], format: m[3], lang: url.searchParams.get('lang') ?? undefined };
    const result = await dispatch(services, 'data.export', payload);
    if (!result.ok) {
      sendResult(res, result);
      return true;
    }
    const file = result.value as ExportedFile;
    const bytes = Buffer.from(file.base64, 'base64');
    res.writeHead(200, {
      'content-type': file.mime,
      'content-length': bytes.length,
      // An ASCII fallback for old clients; filename* keeps the Thai name intact.
      'content-disposition': `attachment; filename="export.${m[3]}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(bytes);
    return true;
  };
}
