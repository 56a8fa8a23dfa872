import path from 'node:path';

/** Backups live in this folder beside the database. */
export const BACKUP_DIR = 'backups';

/** Why a backup was made; shown on the Backups screen. */
export const BACKUP_REASONS = ['start', 'auto', 'quit', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const NAME = /^cbmc-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/;

export function backupDirOf(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR);
}

/**
 * `cbmc-2026-11-30T02-20-39-123Z-start.sqlite`: UTC with fixed widths, so sorting the names sorts
 * the backups by time, and no character that a Windows file name forbids.
 */
export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `cbmc-${stamp}-${reason}.sqlite`;
}

/** The time and reason a name of ours carries, or null for any other file (never pruned). */
export function parseBackupName(name: string): { at: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason!)) return null;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(at.getTime()) ? null : { at, reason: reason as BackupReason };
}

/**
 * A name a request may refer to: a plain .sqlite file name, no folders, so a request can never
 * reach outside the backups folder.
 */
export const BACKUP_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.sqlite$/;
