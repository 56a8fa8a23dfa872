import type { RoomConnection, RoomHubApi } from '../../electron/room/types';
import { CLOSE } from '../../shared/room/protocol';
import type { InterfaceTable } from '../../electron/room/networkAddresses';

/**
 * A stand-in for the hub that only records what reaches it, for tests of the server's own gate:
 * anything the server refuses must never show up here.
 */
export function recordingHub(workshopId = 'w-test') {
  const accepted: RoomConnection[] = [];
  const received: string[] = [];
  let closedConnections = 0;
  let hubClosed = false;
  const hub: RoomHubApi = {
    workshopId,
    accept(conn) {
      accepted.push(conn);
      return { onMessage: (raw) => void received.push(raw), onClose: () => void closedConnections++ };
    },
    setLocked: () => undefined,
    locked: () => [],
    people: () => [],
    remove: () => undefined,
    close() {
      hubClosed = true;
      for (const c of accepted) c.close(CLOSE.roomClosed, 'room closed');
    },
  };
  return {
    hub,
    accepted,
    received,
    closedConnections: () => closedConnections,
    hubClosed: () => hubClosed,
  };
}

/** A machine with one LAN address (TEST-NET, never connected to) besides loopback. */
export const FAKE_INTERFACES: InterfaceTable = {
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
  wlan0: [
    { address: '192.0.2.7', netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: '192.0.2.7/24' },
    {
      address: 'fe80::1',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6',
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: 'fe80::1/64',
      scopeid: 3,
    },
  ],
};
