import { describe, expect, it } from 'vitest';
import { lanAddresses, roomUrls } from '../../electron/room/networkAddresses';
import { FAKE_INTERFACES } from './recordingHub';

describe('room addresses', () => {
  it('lists each non-internal IPv4 address once, as a room URL; loopback and IPv6 are left out', () => {
    const table = {
      ...FAKE_INTERFACES,
      eth0: [
        {
          address: '198.51.100.4',
          netmask: '255.255.255.0',
          family: 'IPv4' as const,
          mac: '02:00:00:00:00:02',
          internal: false,
          cidr: '198.51.100.4/24',
        },
      ],
      // The same address on a bridge must not give the facilitator two identical choices.
      br0: [
        {
          address: '192.0.2.7',
          netmask: '255.255.255.0',
          family: 'IPv4' as const,
          mac: '02:00:00:00:00:03',
          internal: false,
          cidr: '192.0.2.7/24',
        },
      ],
    };
    expect(lanAddresses(table)).toEqual(['192.0.2.7', '198.51.100.4']);
    expect(roomUrls(41234, 'abcDEF_-123', table)).toEqual([
      'http://192.0.2.7:41234/r/abcDEF_-123',
      'http://198.51.100.4:41234/r/abcDEF_-123',
    ]);
  });

  it('gives no URL on a machine with no network', () => {
    expect(roomUrls(41234, 'k', { lo: FAKE_INTERFACES.lo })).toEqual([]);
  });
});
