import type { Session } from 'electron';

const REMOTE = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];
/** Clipboard is needed for copy/paste of notes; every other browser permission is refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/** The app is offline by design: cancel network requests and refuse permission prompts. */
export function lockDownSession(session: Pick<Session, 'webRequest' | 'setPermissionRequestHandler'>): void {
  session.webRequest.onBeforeRequest({ urls: REMOTE }, (_details, callback) => callback({ cancel: true }));
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
}
