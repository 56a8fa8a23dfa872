import type { MessageKey } from '../../../shared/i18n';

const REASONS: Record<string, MessageKey> = {
  start: 'reasonStart',
  auto: 'reasonAuto',
  quit: 'reasonQuit',
  manual: 'reasonManual',
  'before-restore': 'reasonBeforeRestore',
};

/** Which message names why a backup was made; a file someone put in the folder has no reason. */
export function reasonKey(reason: string | null): MessageKey {
  return (reason && REASONS[reason]) || 'reasonOther';
}

/** "820 KB", "12.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
