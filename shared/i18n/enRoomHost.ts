import type { thRoomHost } from './thRoomHost';

/** English for the room's network side (see thRoomHost.ts). */
export const enRoomHost: Record<keyof typeof thRoomHost, string> = {
  'roomHost.notEnabled': 'This host was not started with rooms enabled: restart it with npm run serve -- --room so other devices can join.',
  'roomHost.otherOpen': 'A room is already open for another workshop ({workshop}); close it first.',
  'roomHost.notOpen': 'No room is open.',
  'roomHost.noWorkshop': 'This workshop does not exist, so no room can be opened for it.',
  'roomHost.portMoved':
    'Port {old} is taken by another program, so the room opened on port {port} instead; participants must scan the new QR code.',
  'roomHost.opened': 'Room open. Participants open: {urls}',
  'roomHost.closed': 'Room closed; nothing is open to the network any more.',
  'roomHost.noAddress':
    'This computer has no network address: join a Wi-Fi network or hotspot first (for now only this computer can reach the room).',
};
