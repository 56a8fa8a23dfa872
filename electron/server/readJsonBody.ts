import type { IncomingMessage } from 'node:http';
import { HostError } from '../../shared/contract/HostError';
import { MAX_WORKSHOP_FILE_BYTES } from '../../shared/workshopFile/workshopFile';

/** Bodies larger than this are refused before they are read into memory. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/**
 * Channels that carry a whole file get more room, and only they. A workshop file of up to
 * MAX_WORKSHOP_FILE_BYTES travels as a JSON string, where escaping can at most double its size.
 */
const BODY_LIMITS: Readonly<Record<string, number>> = {
  'workshopFile.import': 2 * MAX_WORKSHOP_FILE_BYTES + 1024,
};

export function bodyLimitFor(channel: string): number {
  return Object.hasOwn(BODY_LIMITS, channel) ? BODY_LIMITS[channel]! : MAX_BODY_BYTES;
}

/** Reads a JSON request body, refusing oversized, non-JSON and malformed bodies with a HostError. */
export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new HostError('invalid', 'request body must be application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HostError('too_large', `request body is larger than ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HostError('too_large', `request body is larger than ${maxBytes} bytes`);
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
