import { describe, expect, it } from 'vitest';
import { participantSocketUrl, roomKeyFromPath } from '../../renderer/room/roomAddress';
import { roomClientId } from '../../renderer/room/roomClientId';
import { memoryStorage } from '../helpers/memoryStorage';

describe('a room page knows where it is from its address', () => {
  it('finds the key in /r/<key>/ and nowhere else', () => {
    const key = 'lc4LR_8uZC4aKrpGxvUgRA';
    expect(roomKeyFromPath(`/r/${key}/`)).toBe(key);
    expect(roomKeyFromPath(`/r/${key}`)).toBe(key);
    expect(roomKeyFromPath(`/r/${key}/index.html`)).toBe(key);
    // The facilitator's own host, a too-short key, or a key with other characters is not a room page.
    expect(roomKeyFromPath('/')).toBeNull();
    expect(roomKeyFromPath('/index.html')).toBeNull();
    expect(roomKeyFromPath('/r/short/')).toBeNull();
    expect(roomKeyFromPath('/r/has.dots.in.it.1234567/')).toBeNull();
    expect(roomKeyFromPath(`/x/r/${key}/`)).toBeNull();
  });

  it('opens its socket on the host and port it was served from', () => {
    expect(participantSocketUrl({ protocol: 'http:', host: '192.0.2.2:41234' }, 'KEY_0123456789abcdef')).toBe(
      'ws://192.0.2.2:41234/r/KEY_0123456789abcdef/ws',
    );
    expect(participantSocketUrl({ protocol: 'https:', host: 'room.example:443' }, 'KEY_0123456789abcdef')).toBe(
      'wss://room.example:443/r/KEY_0123456789abcdef/ws',
    );
  });

  it('keeps one client id per tab across reloads, a valid one for the protocol', () => {
    const tab = memoryStorage();
    const first = roomClientId(tab);
    expect(first).toMatch(/^[\w-]{8,64}$/);
    expect(roomClientId(tab)).toBe(first);
    expect(roomClientId(memoryStorage())).not.toBe(first);
    expect(roomClientId(null)).toMatch(/^[\w-]{8,64}$/);
  });
});
