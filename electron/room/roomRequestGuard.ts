import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../server/requestGuard';
import { lanAddresses, type InterfaceTable } from './networkAddresses';

/**
 * Decides whether a request (page or socket) may reach the room. A DNS-rebinding page reaches us
 * under its own name, so Host must be a loopback name or one of this machine's addresses, with our
 * port. A foreign page sends its own Origin, so Origin, when sent, must be that same host, or one of
 * the facilitator's own pages (the browser host's address; Electron's 'file://').
 * Returns why a request is refused, or null.
 */
export function createRoomGuard(opts: {
  port: number;
  bindHost: string;
  facilitatorOrigins: readonly string[];
  /** The machine's interfaces, read on each request: a laptop's Wi-Fi address can change mid-session. */
  interfaces?: () => InterfaceTable;
}): (req: IncomingMessage) => string | null {
  const origins = new Set(opts.facilitatorOrigins.map((o) => o.toLowerCase().replace(/\/$/, '')));
  const suffix = `:${opts.port}`;
  const hostAllowed = (host: string): boolean => {
    if (!host.endsWith(suffix)) return false;
    const name = host.slice(0, -suffix.length);
    if (isLoopbackHost(name)) return true;
    // Bound to one address: that address. Bound to all (0.0.0.0), the wildcard itself is no address to visit.
    if (name === opts.bindHost.toLowerCase() && !['0.0.0.0', '::', '[::]'].includes(name)) return true;
    return lanAddresses(opts.interfaces?.()).includes(name);
  };
  return (req) => {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!hostAllowed(host)) return `Host "${host || '(none)'}" is not this room's address`;
    const origin = req.headers.origin?.toLowerCase().replace(/\/$/, '');
    if (origin !== undefined && origin !== `http://${host}` && !origins.has(origin)) return `Origin "${origin}" is not this room's page`;
    return null;
  };
}
