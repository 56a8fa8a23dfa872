// Renders resources/icons/icon.svg to the 1024×1024 icon.png that electron-builder turns into each
// platform's icon (.ico, .icns, Linux sizes). Run after editing the SVG: node scripts/render-icon.mjs
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = path.join(root, 'resources', 'icons', 'icon.svg');
const png = path.join(root, 'resources', 'icons', 'icon.png');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(svg).href);
  await page.screenshot({ path: png, omitBackground: true, clip: { x: 0, y: 0, width: 1024, height: 1024 } });
  console.log(`wrote ${path.relative(root, png)}`);
} finally {
  await browser.close();
}
