import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupProblem, BackupWorkshop, RecoveryInfo } from '../../shared/contract/backups';
import { HostError } from '../../shared/contract/HostError';
import { formatThaiDateTime } from '../../shared/i18n/formatDateTime';
import { translate, type Lang } from '../../shared/i18n';
import { copyWorkshopDoc } from '../../shared/model/copyWorkshopDoc';
import type { WorkshopId } from '../../shared/model/ids';
import { LIMITS } from '../../shared/model/limits';
import { restoreDoc } from '../../shared/model/restoreDoc';
import { parseStoredJson } from '../../shared/model/storedJson';
import type { Workshop } from '../../shared/model/Workshop';
import { MIGRATIONS } from '../db/migrations';
import { probeDatabase } from '../db/probeDatabase';
import type { LiveDatabase } from '../services/LiveDatabase';
import { backupDirOf, parseBackupName, BACKUP_NAME_PATTERN, type BackupReason } from './backupFiles';
import type { BackupMade, JobAnswers, StoredRecord } from './backupJobs';
import { removeWithSideFiles } from './fileOps';
import { insertWorkshopDoc } from './insertWorkshopDoc';
import { moveAside } from './moveAside';
import { runJob, runBackupSync, type WorkerOptions } from './runBackupJob';

/** How often the automatic backup looks for changes. */
export const AUTO_INTERVAL_MS = 10 * 60_000;

const LATEST_SCHEMA = MIGRATIONS.at(-1)?.version ?? 0;

export interface BackupOptions {
  worker?: WorkerOptions;
  now?: () => Date;
}

/**
 * Backups of the live database and the way back from them: made at start (before migrations),
 * every 10 minutes while something changed, at quit and on request; restored whole or one
 * workshop at a time. Heavy SQLite work runs in the backup worker, so requests keep being answered.
 */
export class BackupService {
  readonly dir: string;
  private readonly now: () => Date;
  /** Change count of the live connection when the last backup started. */
  private mark = { generation: -1, changes: 0 };
  private timer: NodeJS.Timeout | undefined;
  /** Backups found bad since start: shown on the Backups screen until the app restarts. */
  private readonly problems: BackupProblem[] = [];
  private readonly inspected = new Map<string, JobAnswers['inspect'][number]>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly live: LiveDatabase,
    private readonly opts: BackupOptions = {},
  ) {
    this.dir = backupDirOf(live.dataDir);
    this.now = opts.now ?? (() => new Date());
  }

  /**
   * Start-up: a damaged file is moved aside and the app waits in recovery; a sound one is backed
   * up before any migration runs, then opened. A missing file with backups beside it also waits:
   * never a silent fresh empty database where there was data.
   */
  start(): void {
    if (fs.existsSync(this.live.file)) {
      const probe = probeDatabase(this.live.file, this.opts.worker?.nativeBinding);
      if (!probe.ok) {
        const movedTo = moveAside(this.live.file, this.now());
        console.error(`database damaged (${probe.reason}); moved aside to ${movedTo.join(', ')}`);
        this.live.enterRecovery({ kind: 'damaged', reason: probe.reason, movedTo });
        return;
      }
      this.backupAtStart(probe.schema);
    } else if (this.ownBackups().length > 0) {
      this.live.enterRecovery({ kind: 'missing', reason: `${this.live.file} does not exist`, movedTo: [] });
      return;
    }
    this.openLive();
  }

  /**
   * A start-up backup that cannot be made (disk full, folder not writable) is reported; the app
   * still opens, unless a migration is about to change the file: that waits for a backup.
   */
  private backupAtStart(schema: number): void {
    try {
      this.report(
        runBackupSync(
          { kind: 'backup', source: this.live.file, dir: this.dir, reason: 'start', at: this.now().toISOString() },
          this.opts.worker,
        ),
      );
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (schema < LATEST_SCHEMA) {
        throw new HostError(
          'unavailable',
          `สำรองข้อมูลก่อนปรับรุ่นฐานข้อมูลไม่ได้ จึงยังไม่ได้แก้ไขอะไร / Could not back up the database before upgrading it, so nothing was changed: ${why}`,
        );
      }
      console.error('backup at start failed:', why);
    }
  }

  /** Looks for changes every 10 minutes; the timer never keeps the process alive. */
  startTimer(intervalMs = AUTO_INTERVAL_MS): void {
    this.timer = setInterval(() => void this.autoBackup().catch((e: unknown) => console.error('automatic backup failed:', e)), intervalMs);
    this.timer.unref();
  }

  /** A backup if anything changed since the last one; what the timer runs. */
  async autoBackup(): Promise<BackupMade | null> {
    if (!this.changed()) return null;
    return this.exclusive(async () => (this.changed() ? this.make('auto') : null));
  }

  /** Quit: a last backup when something changed, then the connection closes. */
  close(): void {
    clearInterval(this.timer);
    if (this.changed()) {
      try {
        this.report(
          runBackupSync(
            { kind: 'backup', source: this.live.file, dir: this.dir, reason: 'quit', at: this.now().toISOString() },
            this.opts.worker,
          ),
        );
      } catch (e) {
        console.error('backup at quit failed:', e);
      }
    }
    this.live.close();
  }

  status(): { recovery: RecoveryInfo | null; folder: string } {
    return { recovery: this.live.recovery, folder: this.dir };
  }

  async create(): Promise<BackupInfo> {
    return this.exclusive(async () => {
      if (!this.live.isOpen) throw new HostError('unavailable', 'ไม่มีฐานข้อมูลที่เปิดอยู่ให้สำรอง / There is no open database to back up.');
      const made = await this.make('manual');
      return { name: made.name, at: this.atOf(made.name), reason: 'manual', size: made.size, ...made.contents };
    });
  }

  async list(): Promise<{ backups: BackupInfo[]; problems: BackupProblem[]; folder: string }> {
    return this.exclusive(async () => {
      const files = this.files();
      const key = (f: { name: string; size: number; mtimeMs: number }) => `${f.name}:${f.size}:${f.mtimeMs}`;
      const unknown = files.filter((f) => !this.inspected.has(key(f)));
      if (unknown.length > 0) {
        const found = await runJob({ kind: 'inspect', files: unknown.map((f) => path.join(this.dir, f.name)) }, this.opts.worker);
        unknown.forEach((f, i) => this.inspected.set(key(f), found[i]!));
      }
      const backups: BackupInfo[] = [];
      for (const f of files) {
        const seen = this.inspected.get(key(f))!;
        if (!seen.contents) {
          this.bad(f.name, seen.problem ?? 'unreadable');
          continue;
        }
        const parsed = parseBackupName(f.name);
        backups.push({
          name: f.name,
          at: parsed ? parsed.at.toISOString() : new Date(f.mtimeMs).toISOString(),
          reason: parsed?.reason ?? null,
          size: f.size,
          workshops: seen.contents.workshops,
          notes: seen.contents.notes,
        });
      }
      backups.sort((a, b) => b.at.localeCompare(a.at));
      return { backups, problems: [...this.problems], folder: this.dir };
    });
  }

  /**
   * Replaces the whole database with a backup: check the backup, back up the current database,
   * copy the backup beside it, then close, rename into place and reopen.
   */
  async restore(name: string): Promise<{ restored: string; safetyCopy: string | null; workshops: number }> {
    return this.exclusive(async () => {
      const file = this.pathOf(name);
      const check = await runJob({ kind: 'check', file }, this.opts.worker);
      if (check.problems.length > 0 || !check.contents) {
        const p = this.bad(name, check.problems.join('; ') || 'unreadable');
        throw new HostError(
          'invalid',
          `ข้อมูลสำรองนี้เสียหาย${p.deleted ? 'และถูกลบแล้ว' : ''} ไม่มีอะไรเปลี่ยนแปลง / This backup is damaged${p.deleted ? ' and was deleted' : ''}; nothing was changed. (${p.problem})`,
        );
      }
      if (check.contents.schema > LATEST_SCHEMA) {
        throw new HostError(
          'unavailable',
          `ข้อมูลสำรองนี้มาจาก CBMC Studio รุ่นที่ใหม่กว่า / This backup comes from a newer CBMC Studio (schema ${check.contents.schema}); nothing was changed.`,
        );
      }
      const safetyCopy = this.live.isOpen ? (await this.make('before-restore')).name : null;
      const incoming = `${this.live.file}.restoring`;
      removeWithSideFiles(incoming);
      await runJob({ kind: 'copyFile', from: file, to: incoming }, this.opts.worker);
      this.live.replaceWith(incoming);
      this.markClean();
      return { restored: name, safetyCopy, workshops: check.contents.workshops };
    });
  }

  async workshopsIn(name: string): Promise<BackupWorkshop[]> {
    const rows = await this.read(() => runJob({ kind: 'workshops', file: this.pathOf(name) }, this.opts.worker));
    return rows.flatMap((r) => {
      try {
        const w = JSON.parse(r.data) as Partial<Workshop>;
        return [
          {
            id: r.id,
            name: String(w.name ?? r.id),
            group: String(w.group ?? ''),
            date: String(w.date ?? ''),
            boardCount: r.boards,
            noteCount: r.notes,
          },
        ];
      } catch {
        return [];
      }
    });
  }

  /** Adds one workshop of a backup to the live database under new ids; nothing else is touched. */
  async restoreWorkshop(name: string, workshopId: WorkshopId, lang: Lang): Promise<Workshop> {
    const file = this.pathOf(name);
    const rows = await this.read(() => runJob({ kind: 'readWorkshop', file, id: workshopId }, this.opts.worker));
    if (!rows) throw new HostError('not_found', `workshop "${workshopId}" is not in backup ${name}`);
    const raw = (r: StoredRecord) => ({ id: r.id, version: r.version, json: parseStoredJson(r.data) });
    const restored = restoreDoc({
      workshop: raw(rows.workshop),
      boards: rows.boards.map(raw),
      notes: rows.notes.map(raw),
      rows: rows.rows.map(raw),
      steps: rows.steps.map(raw),
    });
    if (!restored.ok) {
      throw new HostError(
        'invalid',
        `ข้อมูลเวิร์กช็อปในสำรองนี้อ่านไม่ได้ / The workshop in this backup cannot be read (${restored.problem.reason}).`,
      );
    }
    const date = formatThaiDateTime(this.atOf(name), lang);
    const copy = copyWorkshopDoc(restored.doc, { name: copyName(lang, restored.doc.workshop.name, date), now: this.now().toISOString() });
    insertWorkshopDoc(this.live.db, copy);
    return copy.workshop;
  }

  /** Recovery only: carry on with a new, empty database (the damaged file stays where it was moved). */
  startEmpty(): { started: true } {
    if (!this.live.recovery) throw new HostError('invalid', 'the database is already open');
    this.openLive();
    return { started: true };
  }

  private openLive(): void {
    this.live.openFile();
    this.markClean();
  }

  private markClean(): void {
    this.mark = { generation: this.live.generation, changes: this.live.isOpen ? this.live.changes() : 0 };
  }

  private changed(): boolean {
    if (!this.live.isOpen) return false;
    return this.mark.generation !== this.live.generation || this.live.changes() !== this.mark.changes;
  }

  /** One backup through the worker; a copy that fails its check is reported and the call fails. */
  private async make(reason: BackupReason): Promise<BackupMade> {
    const changes = { generation: this.live.generation, changes: this.live.changes() };
    const result = await runJob(
      { kind: 'backup', source: this.live.file, dir: this.dir, reason, at: this.now().toISOString() },
      this.opts.worker,
    );
    this.report(result);
    if (!result.made) {
      throw new HostError(
        'internal',
        `สำเนาสำรองไม่ผ่านการตรวจสอบและถูกลบแล้ว / The backup copy failed its check and was deleted: ${result.bad?.problem ?? ''}`,
      );
    }
    this.mark = changes;
    return result.made;
  }

  private report(result: JobAnswers['backup']): void {
    if (result.bad) {
      this.problems.push(result.bad);
      console.error(`backup ${result.bad.name} failed its check and was deleted: ${result.bad.problem}`);
    }
  }

  /** A bad backup: ours are deleted, files someone else put here are only reported. */
  private bad(name: string, problem: string): BackupProblem {
    const deleted = parseBackupName(name) !== null;
    if (deleted) removeWithSideFiles(path.join(this.dir, name));
    const p = { name, problem, deleted };
    if (!this.problems.some((q) => q.name === name)) this.problems.push(p);
    return p;
  }

  private files(): { name: string; size: number; mtimeMs: number }[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs.readdirSync(this.dir).flatMap((name) => {
      if (!BACKUP_NAME_PATTERN.test(name)) return [];
      const st = fs.statSync(path.join(this.dir, name), { throwIfNoEntry: false });
      return st?.isFile() ? [{ name, size: st.size, mtimeMs: st.mtimeMs }] : [];
    });
  }

  private ownBackups(): string[] {
    return this.files()
      .filter((f) => parseBackupName(f.name) !== null)
      .map((f) => f.name);
  }

  private pathOf(name: string): string {
    if (!BACKUP_NAME_PATTERN.test(name) || !fs.existsSync(path.join(this.dir, name))) {
      throw new HostError('not_found', `ไม่พบข้อมูลสำรอง / There is no backup called "${name}"`);
    }
    return path.join(this.dir, name);
  }

  private atOf(name: string): string {
    const parsed = parseBackupName(name);
    if (parsed) return parsed.at.toISOString();
    const st = fs.statSync(path.join(this.dir, name), { throwIfNoEntry: false });
    return new Date(st?.mtimeMs ?? this.now().getTime()).toISOString();
  }

  /** Reading a backup that cannot be opened says so in words. */
  private async read<T>(job: () => Promise<T>): Promise<T> {
    try {
      return await job();
    } catch (e) {
      if (e instanceof HostError) throw e;
      throw new HostError('invalid', `อ่านข้อมูลสำรองนี้ไม่ได้ / This backup cannot be read: ${(e as Error).message}`);
    }
  }

  /** One backup-folder operation at a time: a restore never runs beside a backup. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** "<name> (สำเนาจากข้อมูลสำรอง <date>)", cutting the name so the whole fits the title limit. */
function copyName(lang: Lang, name: string, date: string): string {
  const suffix = translate(lang, 'backupCopyName', { name: '', date });
  return translate(lang, 'backupCopyName', { name: name.slice(0, Math.max(1, LIMITS.title - suffix.length)), date });
}
