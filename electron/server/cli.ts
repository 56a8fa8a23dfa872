import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../services/createServices';
import { startServer } from './createServer';
import { hostRoutes } from './hostRoutes';

/** `npm run serve -- --port 5178 --data ./my-data`: the browser host for tests, second screens and machines without Electron. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.CBMC_PORT ?? '5178' },
      host: { type: 'string', default: process.env.CBMC_HOST ?? '127.0.0.1' },
      data: { type: 'string', default: process.env.CBMC_DATA_DIR ?? path.resolve('.data') },
    },
  });
  const root = path.resolve(import.meta.dirname, '../..');
  const services = createServices({ dataDir: path.resolve(values.data!), resourcesDir: path.join(root, 'resources') });
  const server = await startServer({
    services,
    staticDir: path.join(root, 'dist/renderer'),
    host: values.host,
    port: Number(values.port),
    extraRoutes: hostRoutes(services),
  });
  console.log(`CBMC Studio is running at ${server.url}  (data: ${path.resolve(values.data!)})`);
  const stop = async () => {
    await server.close();
    services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
