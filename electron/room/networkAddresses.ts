import os from 'node:os';

/** The shape of os.networkInterfaces(), so tests can hand in a table of their own. */
export type InterfaceTable = NodeJS.Dict<os.NetworkInterfaceInfo[]>;

/**
 * The machine's IPv4 addresses other devices can reach (every non-internal one), in a stable order.
 * IPv4 only: phones type or scan the raw address, and `.local` names fail on many Android phones.
 */
export function lanAddresses(table: InterfaceTable = os.networkInterfaces()): string[] {
  const out = new Set<string>();
  for (const entries of Object.values(table)) {
    for (const e of entries ?? []) {
      // Node 18.0–18.3 said family 4 (a number); later versions say 'IPv4'.
      const v4 = e.family === 'IPv4' || (e.family as unknown) === 4;
      if (v4 && !e.internal) out.add(e.address);
    }
  }
  return [...out];
}

/** The addresses a participant opens: `http://<ip>:<port>/r/<key>`, one per LAN address. */
export function roomUrls(port: number, key: string, table?: InterfaceTable): string[] {
  return lanAddresses(table).map((ip) => `http://${ip}:${port}/r/${key}`);
}
