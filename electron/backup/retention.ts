/** How many of the newest backups are always kept. */
export const KEEP_LAST = 12;
/** For this many days back, the newest backup of each day is kept. */
export const KEEP_DAYS = 30;

export interface Dated {
  name: string;
  at: Date;
}

/**
 * Which backups to delete: everything except the last 12, the newest of each day for the last
 * 30 days, and the newest of every month. Days and months are the computer's local calendar.
 * Pure, so the rules can be checked with made-up dates.
 */
export function backupsToDelete(backups: readonly Dated[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(newestFirst.slice(0, KEEP_LAST).map((b) => b.name));
  const firstDay = startOfDay(now);
  firstDay.setDate(firstDay.getDate() - (KEEP_DAYS - 1));
  const days = new Set<string>();
  const months = new Set<string>();
  for (const b of newestFirst) {
    const day = `${b.at.getFullYear()}-${b.at.getMonth()}-${b.at.getDate()}`;
    const month = `${b.at.getFullYear()}-${b.at.getMonth()}`;
    if (b.at >= firstDay && !days.has(day)) {
      days.add(day);
      keep.add(b.name);
    }
    if (!months.has(month)) {
      months.add(month);
      keep.add(b.name);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}
