// `npm run dist`: installers for facilitators' machines. Windows (an installer and a portable .exe),
// Linux (AppImage and .deb), macOS (dmg). electron-builder rebuilds better-sqlite3 for the bundled
// Electron (npmRebuild) and ships the production dependencies beside dist-electron/ and dist/renderer/.
const fs = require('node:fs');
const path = require('node:path');

const root = __dirname;
const PDF_WORKER = 'dist-electron/pdf-worker.cjs';

/** The packages a bundle loads at run time: esbuild leaves them as require("name") (packages: 'external'). */
function requiredPackages(bundle) {
  const file = path.join(root, bundle);
  if (!fs.existsSync(file)) throw new Error(`${bundle} is missing: run npm run build before packaging`);
  const names = new Set();
  for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)) {
    if (spec.startsWith('node:')) continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return [...names];
}

/** A package's folder as Node would find it from `fromDir` (nearest node_modules upwards). */
function findPackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Every package reachable from `roots` through dependencies and installed optional dependencies. */
function dependencyClosure(roots) {
  const seen = new Set();
  const visit = (name, fromDir, optional) => {
    const dir = findPackageDir(name, fromDir);
    if (!dir) {
      if (optional) return;
      throw new Error(`${name} is not installed (needed by the PDF worker)`);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    if (seen.has(pkg.name)) return;
    seen.add(pkg.name);
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const name of roots) visit(name, root, false);
  return [...seen].sort();
}

// The PDF worker runs in a worker thread started from a real file, and it loads pdfkit, fontkit and
// their data files: it and everything it requires are unpacked from app.asar, so it depends on
// nothing but plain Node module loading. better-sqlite3's binary must be a real file for the OS loader.
const workerPackages = dependencyClosure(requiredPackages(PDF_WORKER));

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.cbmcstudio.desktop',
  productName: 'CBMC Studio – แผนธุรกิจเพื่อชุมชน',
  copyright: 'CBMC Studio contributors',
  // File names stay ASCII whatever the product name says: downloads, USB sticks and old unzip tools.
  artifactName: 'CBMC-Studio-${version}-${os}-${arch}.${ext}',
  executableName: 'CBMC Studio',
  icon: 'resources/icons/icon.png',
  directories: { output: 'release', buildResources: 'resources/icons' },
  files: ['package.json', 'dist-electron/**/*', 'dist/renderer/**/*', '!**/*.map'],
  // Fonts and samples beside app.asar, where electron/main/paths.ts looks for them (resources/resources).
  extraResources: [{ from: 'resources', to: 'resources', filter: ['**/*', '!icons/*.svg'] }],
  asar: true,
  asarUnpack: [PDF_WORKER, '**/*.node', ...workerPackages.map((name) => `**/node_modules/${name}/**`)],
  npmRebuild: true,
  publish: null,
  electronFuses: {
    runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false, // no --inspect into the shipped app
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true, // checked on macOS and Windows, where Electron supports it
    // grantFileProtocolExtraPrivileges stays on: the renderer is loaded from file:// (module scripts, fonts).
  },
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: 'CBMC Studio',
    uninstallDisplayName: 'CBMC Studio',
    installerLanguages: ['th_TH', 'en_US'],
    artifactName: 'CBMC-Studio-${version}-setup-${arch}.${ext}',
  },
  portable: { artifactName: 'CBMC-Studio-${version}-portable-${arch}.${ext}' },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    executableName: 'cbmc-studio',
    category: 'Office',
    synopsis: 'แผนธุรกิจเพื่อชุมชน: Community Business Model Canvas workshops',
    maintainer: 'CBMC Studio contributors',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.productivity',
  },
};
