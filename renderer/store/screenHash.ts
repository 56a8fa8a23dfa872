import type { Screen } from './types';

/** The open workshop and board live in the URL hash, so a reload lands where the person was. */
export function screenToHash(s: Screen): string {
  if (s.kind === 'list') return '#/';
  if (s.kind === 'backups') return '#/backups';
  return `#/w/${encodeURIComponent(s.workshopId)}${s.boardId ? `/b/${encodeURIComponent(s.boardId)}` : ''}`;
}

export function screenFromHash(hash: string): Screen {
  if (hash === '#/backups') return { kind: 'backups' };
  const m = /^#\/w\/([^/]+)(?:\/b\/([^/]+))?/.exec(hash);
  if (!m) return { kind: 'list' };
  return { kind: 'workshop', workshopId: decodeURIComponent(m[1]!), boardId: m[2] ? decodeURIComponent(m[2]) : null };
}
