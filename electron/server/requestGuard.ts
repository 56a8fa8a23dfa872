import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** Addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * Decides whether a request comes from the host's own page. A DNS-rebinding page reaches us under
 * its own name ("evil.example:5299") and a foreign page sends its own Origin, so the Host header
 * must be an address we are bound to and the Origin, when the browser sends one, must be ours.
 * Returns why a request is refused, or null when it may go on.
 */
export function createRequestGuard(boundHost: string, port: number): (req: IncomingMessage) => string | null {
  const names = new Set<string>([`127.0.0.1:${port}`, `localhost:${port}`]);
  const bound = boundHost.toLowerCase();
  if (bound === '::1' || bound === '[::1]') names.add(`[::1]:${port}`);
  if (!WILDCARDS.has(bound)) names.add(`${isIP(bound) === 6 ? `[${bound}]` : bound}:${port}`);
  // Bound to every interface (--allow-network): any IP literal on our port is one of ours. A name
  // other than localhost is still refused, since a name is what DNS rebinding needs.
  const hostAllowed = (h: string): boolean =>
    names.has(h) || (WILDCARDS.has(bound) && h.endsWith(`:${port}`) && isIP(h.slice(0, -`:${port}`.length).replace(/^\[|\]$/g, '')) !== 0);

  return (req) => {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!hostAllowed(host)) return `Host "${host || '(none)'}" is not this host's address`;
    const origin = req.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return `Origin "${origin}" is not this host's page`;
    return null;
  };
}
