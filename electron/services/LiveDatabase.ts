import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { HostError } from '../../shared/contract/HostError';
import { DB_FILE, openDatabase } from '../db/openDatabase';
import { fsyncPath } from '../backup/fileOps';
import { TemplateSetService } from './TemplateSetService';
import { WorkshopService, type AppliedListener } from './WorkshopService';
import { translate } from '../../shared/i18n';

/** Why the app is waiting for the person to pick a backup instead of opening its database. */
export interface Recovery {
  /** damaged: the file failed its check and was moved aside; missing: no file, but backups exist. */
  kind: 'damaged' | 'missing';
  /** What SQLite said about the file. */
  reason: string;
  /** Where the damaged file (and its -wal, -shm) went. */
  movedTo: string[];
}

interface Open {
  db: Database.Database;
  workshops: WorkshopService;
  templateSets: TemplateSetService;
}

/** English for logs; the renderer shows the keyed message in the UI language. */
export const RECOVERY_MESSAGE = translate('en', 'error.restoreFirst');

/**
 * The database the app works on, which a restore can swap for another file: close the
 * connection, rename the new file into place, reopen. Services reach it through `forward`, so they
 * always talk to the current connection, and are refused (not handed an empty database) while
 * the app is in recovery.
 */
export class LiveDatabase {
  readonly file: string;
  private open: Open | null = null;
  /** Bumped on every open, so change counters from an older connection are not compared. */
  generation = 0;
  recovery: Recovery | null = null;
  /** Who hears of committed batches (an open room); kept here so a restore's new connection tells them too. */
  private readonly appliedListeners = new Set<AppliedListener>();

  constructor(
    readonly dataDir: string,
    /** better-sqlite3's addon for this runtime (Electron); undefined under plain Node. */
    private readonly nativeBinding?: string,
  ) {
    this.file = path.join(dataDir, DB_FILE);
  }

  get isOpen(): boolean {
    return this.open !== null;
  }

  /** The open connection; refused in recovery. */
  get db(): Database.Database {
    return this.current().db;
  }

  /** Opens (creating or migrating) the database file and builds the services on it. */
  openFile(): void {
    const db = openDatabase(this.dataDir, this.nativeBinding);
    this.open = {
      db,
      workshops: new WorkshopService(db, undefined, { listeners: this.appliedListeners }),
      templateSets: new TemplateSetService(db),
    };
    this.generation++;
    this.recovery = null;
  }

  enterRecovery(recovery: Recovery): void {
    this.close();
    this.recovery = recovery;
  }

  /** Rows changed on this connection since it opened. */
  changes(): number {
    return (this.current().db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  /**
   * Puts `incoming` (a file in the data folder) in place of the database. The WAL is folded into
   * the old file and closed first, so no stale -wal can be replayed onto the new one.
   */
  replaceWith(incoming: string): void {
    this.close();
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(this.file + suffix, { force: true });
    fs.renameSync(incoming, this.file);
    fsyncPath(this.dataDir);
    this.openFile();
  }

  close(): void {
    if (!this.open) return;
    const { db } = this.open;
    this.open = null;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  }

  /** An object that forwards every call to the service on the current connection. */
  forward<K extends 'workshops' | 'templateSets'>(key: K): Open[K] {
    return new Proxy({} as Open[K], {
      get: (_, prop) => {
        const target = this.current()[key] as unknown as Record<string | symbol, unknown>;
        const value = target[prop];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  private current(): Open {
    if (!this.open) throw new HostError('unavailable', RECOVERY_MESSAGE, 'error.restoreFirst');
    return this.open;
  }
}
