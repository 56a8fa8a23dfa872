import path from 'node:path';
import { createServices, type Services } from '../../electron/services/createServices';
import { startServer, type RunningServer } from '../../electron/server/createServer';
import { hostRoutes } from '../../electron/server/hostRoutes';
import { STATIC_DIR } from './browserHost';
import { tempDir } from './tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RoomHost {
  url: string;
  services: Services;
  server: RunningServer;
  cleanup(): Promise<void>;
}

/**
 * The browser host with rooms enabled, as `npm run serve -- --room` runs it, except that the room
 * listens on 127.0.0.1 only: the room's pages are opened through loopback in tests.
 */
export async function startRoomHost(): Promise<RoomHost> {
  const t = tempDir('cbmc-room-e2e-');
  /** The facilitator's page is the browser host's own: known once it listens, read when a room opens. */
  const facilitatorOrigins: string[] = [];
  const services = createServices({
    dataDir: t.dir,
    resourcesDir: path.join(ROOT, 'resources'),
    room: {
      staticDir: STATIC_DIR,
      bindHost: '127.0.0.1',
      facilitatorOrigins,
      heartbeatMs: 2_000,
    },
  });
  const server = await startServer({ services, staticDir: STATIC_DIR, extraRoutes: hostRoutes(services), port: 0 });
  facilitatorOrigins.push(server.url);
  let stopped = false;
  return {
    url: server.url,
    services,
    server,
    async cleanup() {
      if (stopped) return;
      stopped = true;
      await services.room?.shutdown();
      await server.close();
      services.close();
      t.cleanup();
    },
  };
}
