import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../services/createServices';
import { startServer } from './createServer';
import { hostRoutes } from './hostRoutes';
import { isLoopbackHost } from './requestGuard';
import { bilingual } from '../../shared/i18n/bilingual';

/**
 * `npm run serve -- --port 5178 --data ./my-data`: the browser host for tests, second screens and
 * machines without Electron. `--host` other than a loopback address also needs `--allow-network`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.CBMC_PORT ?? '5178' },
      host: { type: 'string', default: process.env.CBMC_HOST ?? '127.0.0.1' },
      data: { type: 'string', default: process.env.CBMC_DATA_DIR ?? path.resolve('.data') },
      'allow-network': { type: 'boolean', default: false },
    },
  });
  const allowNetwork = values['allow-network'] === true;
  // Refused before the data folder is touched; room mode will bring its own key.
  if (!isLoopbackHost(values.host!) && !allowNetwork) throw new Error(bilingual('hostNotLoopback', { host: values.host! }));
  const root = path.resolve(import.meta.dirname, '../..');
  const services = createServices({ dataDir: path.resolve(values.data!), resourcesDir: path.join(root, 'resources') });
  const server = await startServer({
    services,
    staticDir: path.join(root, 'dist/renderer'),
    host: values.host,
    port: Number(values.port),
    extraRoutes: hostRoutes(services),
    allowNetwork,
  });
  if (!isLoopbackHost(values.host!)) console.warn(bilingual('hostNetworkWarning', { url: server.url }));
  const stop = async () => {
    await server.close();
    services.close();
    process.exit(0);
  };
  // Listening before the line below is printed, so whoever waits for it can already stop us cleanly.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`CBMC Studio is running at ${server.url}  (data: ${path.resolve(values.data!)})`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
