import type { IncomingMessage } from 'node:http';
import { HostError } from '../../shared/contract/HostError';

/** Bodies larger than this are refused before they are read into memory. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** Reads a JSON request body, refusing oversized, non-JSON and malformed bodies with a HostError. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new HostError('invalid', 'request body must be application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HostError('too_large', `request body is larger than ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HostError('too_large', `request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new HostError('invalid', `request body is not valid JSON: ${(e as Error).message}`);
  }
}
