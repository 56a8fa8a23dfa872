import { describe, expect, it } from 'vitest';
import { backupsToDelete, KEEP_LAST } from '../../electron/backup/retention';
import { backupFileName, parseBackupName } from '../../electron/backup/backupFiles';

/** Local-time dates, so the day and month rules read the same in any time zone. */
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);
const named = (dates: Date[]) => dates.map((date, i) => ({ name: `b${i}`, at: date }));

describe('backup retention', () => {
  it('keeps everything while there are 12 or fewer', () => {
    const now = at(2026, 11, 30);
    const list = named(Array.from({ length: KEEP_LAST }, (_, i) => at(2026, 11, 30, 9, i)));
    expect(backupsToDelete(list, now)).toEqual([]);
  });

  it('of 20 backups made on one day, keeps the newest 12 and deletes the 8 oldest', () => {
    const now = at(2026, 11, 30, 23);
    const list = named(Array.from({ length: 20 }, (_, i) => at(2026, 11, 30, 8, i * 2)));
    const doomed = backupsToDelete(list, now);
    expect(doomed.sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'].sort());
  });

  it('keeps the newest backup of each of the last 30 days, older days only once a month', () => {
    const now = at(2026, 11, 30, 18);
    // Three backups a day (9:00, 12:00, 17:00) for 90 days back.
    const dates: Date[] = [];
    for (let day = 0; day < 90; day++) for (const h of [9, 12, 17]) dates.push(at(2026, 11, 30 - day, h));
    const list = named(dates);
    const doomed = new Set(backupsToDelete(list, now));
    const kept = list.filter((b) => !doomed.has(b.name));

    // Every one of the last 30 days still has its 17:00 backup.
    for (let day = 0; day < 30; day++) {
      const d = at(2026, 11, 30 - day);
      expect(kept.some((b) => b.at.toDateString() === d.toDateString() && b.at.getHours() === 17)).toBe(true);
    }
    // Before that window (1–30 Nov): only each month's newest, 31 Oct and 30 Sep at 17:00.
    const older = kept.filter((b) => b.at < at(2026, 11, 1, 0)).map((b) => b.at.getTime());
    expect(older.sort()).toEqual([at(2026, 9, 30, 17).getTime(), at(2026, 10, 31, 17).getTime()]);
    // Within the window: one per day, plus the 9:00 and 12:00 backups of 27–30 Nov (the newest 12).
    expect(kept.filter((b) => b.at >= at(2026, 11, 1, 0))).toHaveLength(30 + 8);
    expect(kept.filter((b) => b.at < at(2026, 11, 27, 0) && b.at.getHours() !== 17)).toEqual([]);
    // Nothing within the newest 12 is ever deleted.
    const newest = [...list].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, 12);
    for (const b of newest) expect(doomed.has(b.name)).toBe(false);
  });

  it('keeps one backup a month for years', () => {
    const now = at(2026, 11, 30);
    const dates: Date[] = [];
    for (let m = 0; m < 36; m++) for (const d of [3, 17]) dates.push(at(2024, 1 + m, d));
    const doomed = new Set(backupsToDelete(named(dates), now));
    const kept = named(dates).filter((b) => !doomed.has(b.name));
    const perMonth = new Map<string, number>();
    for (const b of kept)
      perMonth.set(`${b.at.getFullYear()}-${b.at.getMonth()}`, (perMonth.get(`${b.at.getFullYear()}-${b.at.getMonth()}`) ?? 0) + 1);
    expect(perMonth.size).toBe(36);
    // The 17th (the month's newest) is the one kept for months outside the last-12 window.
    expect(kept.find((b) => b.at.getFullYear() === 2024 && b.at.getMonth() === 0)?.at.getDate()).toBe(17);
  });
});

describe('backup file names', () => {
  it('sort by time and carry their reason', () => {
    const times = [new Date('2026-01-02T03:04:05.006Z'), new Date('2026-11-30T00:00:00.000Z'), new Date('2027-01-01T23:59:59.999Z')];
    const names = times.map((t, i) => backupFileName(t, i === 1 ? 'manual' : 'auto'));
    expect([...names].sort()).toEqual(names);
    expect(names[0]).toBe('cbmc-2026-01-02T03-04-05-006Z-auto.sqlite');
    expect(parseBackupName(names[1]!)).toEqual({ at: times[1], reason: 'manual' });
    expect(parseBackupName('cbmc-studio.sqlite')).toBeNull();
    expect(parseBackupName('cbmc-2026-01-02T03-04-05-006Z-unknown.sqlite')).toBeNull();
  });
});
