/**
 * A participant's page is served at /r/<key>/ by the room's own server; its socket is /r/<key>/ws on
 * the same host and port. The key comes from the address and nowhere else.
 */
const ROOM_PATH = /^\/r\/([A-Za-z0-9_-]{16,128})\/?/;

/** The room key when this page is a participant's page; null on the facilitator's own host. */
export function roomKeyFromPath(pathname: string): string | null {
  return ROOM_PATH.exec(pathname)?.[1] ?? null;
}

/** The socket address of the room this page was opened from. */
export function participantSocketUrl(loc: Pick<Location, 'protocol' | 'host'>, key: string): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/r/${key}/ws`;
}
