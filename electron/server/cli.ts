import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices, type RoomServiceOptions } from '../services/createServices';
import { startServer } from './createServer';
import { hostRoutes } from './hostRoutes';
import { isLoopbackHost } from './requestGuard';
import { bilingual } from '../../shared/i18n/bilingual';
import type { RoomStatus } from '../../shared/contract/room';

/**
 * `npm run serve -- --port 5178 --data ./my-data`: the browser host for tests, second screens and
 * machines without Electron. `--host` other than a loopback address also needs `--allow-network`.
 * `--room` lets the facilitator open a room: only then, and only while a room is open, does anything
 * listen beyond loopback (on `--room-host`, every address by default, and `--room-port`, any by default).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.CBMC_PORT ?? '5178' },
      host: { type: 'string', default: process.env.CBMC_HOST ?? '127.0.0.1' },
      data: { type: 'string', default: process.env.CBMC_DATA_DIR ?? path.resolve('.data') },
      'allow-network': { type: 'boolean', default: false },
      room: { type: 'boolean', default: false },
      'room-host': { type: 'string', default: '0.0.0.0' },
      'room-port': { type: 'string', default: '0' },
    },
  });
  const allowNetwork = values['allow-network'] === true;
  // Refused before the data folder is touched: the room has its own server and key.
  if (!isLoopbackHost(values.host!) && !allowNetwork) throw new Error(bilingual('hostNotLoopback', { host: values.host! }));
  const root = path.resolve(import.meta.dirname, '../..');
  const staticDir = path.join(root, 'dist/renderer');
  // Filled in once the host knows its own address: the facilitator's page, allowed to open the room socket.
  const facilitatorOrigins: string[] = [];
  const room: RoomServiceOptions | undefined = values.room
    ? {
        staticDir,
        bindHost: values['room-host'],
        port: Number(values['room-port']),
        facilitatorOrigins,
        onOpened: printRoom,
      }
    : undefined;
  const services = createServices({ dataDir: path.resolve(values.data!), resourcesDir: path.join(root, 'resources'), room });
  const server = await startServer({
    services,
    staticDir,
    host: values.host,
    port: Number(values.port),
    extraRoutes: hostRoutes(services),
    allowNetwork,
  });
  const { port } = new URL(server.url);
  facilitatorOrigins.push(new URL(server.url).origin, `http://127.0.0.1:${port}`, `http://localhost:${port}`);
  if (!isLoopbackHost(values.host!)) console.warn(bilingual('hostNetworkWarning', { url: server.url }));
  const stop = async () => {
    await services.room?.shutdown();
    await server.close();
    services.close();
    process.exit(0);
  };
  // Listening before the line below is printed, so whoever waits for it can already stop us cleanly.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A room that was open when the host was killed comes back as it was, before anyone is told we run.
  await services.room?.resume();
  console.log(`CBMC Studio is running at ${server.url}  (data: ${path.resolve(values.data!)})`);
}

/** Each address participants can open, one a line ("room: http://…/r/<key>"), and anything they should know. */
function printRoom(status: RoomStatus): void {
  if (status.movedFrom !== undefined) console.warn(bilingual('roomHost.portMoved', { old: status.movedFrom, port: status.port }));
  if (status.urls.length === 0) console.warn(bilingual('roomHost.noAddress'));
  console.log(bilingual('roomHost.opened', { urls: status.urls.join(' ') }));
  for (const url of status.urls) console.log(`room: ${url}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
