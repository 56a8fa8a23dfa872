import fs from 'node:fs';

/**
 * The NODE_MODULE_VERSION a compiled addon was built for, read from its file without loading it.
 * Addons built against V8's C++ API (better-sqlite3 is one) export a symbol named
 * `node_register_module_v<ABI>`; its name is plain text in ELF, PE and Mach-O files alike.
 * Returns null when the file has no such symbol (a Node-API addon, or not an addon at all).
 */
export function readBindingAbi(file: string): number | null {
  const bytes = fs.readFileSync(file);
  const match = /node_register_module_v(\d+)/.exec(bytes.toString('latin1'));
  return match ? Number(match[1]) : null;
}
