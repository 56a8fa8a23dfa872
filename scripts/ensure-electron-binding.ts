// `npm run electron:binding` (and the first step of `npm start`): makes sure better-sqlite3 has a
// binary for the installed Electron in .cache/sqlite-electron/, fetched or built once per Electron
// version. node_modules keeps the Node build, so `npm test` and `npm start` never rebuild each other.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindingCacheRoot, cachedBindingPath } from '../electron/native/sqliteBinding';
import { compileSource, ensureBinding, findNodeGyp, prebuiltSource, type BindingSource, type BuildTarget } from './electronBinding';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = (require('electron/package.json') as { version: string }).version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = (require('better-sqlite3/package.json') as { version: string }).version;

/** Electron ships its own ABI number; node-abi's table is the fallback. */
function electronAbi(): number {
  const file = path.join(electronDir, 'abi_version');
  if (fs.existsSync(file)) return Number(fs.readFileSync(file, 'utf8').trim());
  const nodeAbi = createRequire(path.join(sqliteDir, 'package.json'))('node-abi') as { getAbi(v: string, runtime: string): string };
  return Number(nodeAbi.getAbi(electronVersion, 'electron'));
}

const target: BuildTarget = {
  runtime: 'electron',
  version: electronVersion,
  abi: electronAbi(),
  platform: process.platform,
  arch: process.arch,
};
const cacheFile = cachedBindingPath(bindingCacheRoot(root), {
  electronVersion,
  sqliteVersion,
  platform: target.platform,
  arch: target.arch,
});

const sources: BindingSource[] = [
  prebuiltSource(sqliteDir, createRequire(path.join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js')),
];
const nodeGyp = findNodeGyp();
if (nodeGyp) sources.push(compileSource(sqliteDir, nodeGyp));

try {
  const { fresh } = ensureBinding(cacheFile, target, sources, (line) => console.log(`SQLite for Electron ${electronVersion}: ${line}`));
  console.log(
    `SQLite for Electron ${electronVersion} (NODE_MODULE_VERSION ${target.abi}) ${fresh ? 'saved' : 'ready'}: ${path.relative(root, cacheFile)}`,
  );
} catch (e) {
  console.error(
    `\nสร้างไฟล์เชื่อมต่อ SQLite สำหรับ Electron ${electronVersion} ไม่ได้ ครั้งแรกต้องต่ออินเทอร์เน็ต (ดาวน์โหลดไฟล์สำเร็จรูป หรือคอมไพล์ซึ่งต้องมีเครื่องมือ C++)\n` +
      `Could not fetch or build better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}. The first run needs the internet\n` +
      "(a prebuilt binary from the better-sqlite3 releases, or Electron's headers plus a C++ toolchain to compile it).\n" +
      `Then run again: npm run electron:binding\n\n${e instanceof Error ? e.message : String(e)}`,
  );
  process.exit(1);
}
