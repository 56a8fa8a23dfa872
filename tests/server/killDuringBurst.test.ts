import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/db/openDatabase';
import { board, note } from '../helpers/fixtures';
import { killHard, startCliHost, type CliHost } from '../helpers/cliHost';
import { tempDir } from '../helpers/tempDir';

const hosts: CliHost[] = [];
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await killHard(h.proc);
  cleanups.splice(0).forEach((c) => c());
});

const CLIENT = 'burst-client-0001';
const fields = { name: 'ทดสอบไฟดับ', group: '', tambon: '', amphoe: '', province: '', date: '2026-03-01', facilitator: '' };

/** The notes stored for the workshop, read straight from the file, with SQLite's own check of it. */
function readFile(dir: string, workshopId: string): { ids: string[]; integrity: string } {
  const db = new Database(path.join(dir, DB_FILE), { readonly: true });
  try {
    const ids = db
      .prepare('SELECT id FROM notes WHERE workshop_id = ?')
      .all(workshopId)
      .map((r) => (r as { id: string }).id);
    return { ids, integrity: db.pragma('integrity_check', { simple: true }) as string };
  } finally {
    db.close();
  }
}

describe('kill -9 of the host during a burst of writes', () => {
  it('three rounds: every acknowledged batch is stored, the unanswered one is applied once when sent again, the file is intact', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    let host = await startCliHost(t.dir);
    hosts.push(host);
    const created = await host.call('workshops.create', { fields });
    const workshopId = (created.json.value as { id: string }).id;
    expect((await host.call('ops.apply', { workshopId, ops: [{ type: 'board.add', value: board('b1') }] })).status).toBe(200);

    const acknowledged: string[] = [];
    let seq = 0;
    const batchOf = (n: number) => [0, 1, 2].map((k) => note(`r${n}-${k}`, { text: `บันทึกที่ ${n} แผ่น ${k} ข้าวหอมมะลิ`, x: 10 + k, y: 10 }));

    for (let round = 0; round < 3; round++) {
      // Send one batch after another, as the page's queue does, until the host dies under us.
      let inFlight!: { seq: number; notes: ReturnType<typeof batchOf> } | null;
      // Killed after a number of acknowledged batches rather than after a time, so a slow machine
      // still has written something first; the kill races the batch that is then on its way.
      const killAt = 3 + Math.floor(Math.random() * 20);
      let killer: Promise<void> | null = null;
      let sent = 0;
      for (;;) {
        const s = ++seq;
        const notes = batchOf(s);
        inFlight = { seq: s, notes };
        const call = host.call('ops.apply', {
          workshopId,
          ops: notes.map((value) => ({ type: 'note.add', value })),
          client: { id: CLIENT, seq: s },
        });
        if (sent === killAt && !killer) killer = killHard(host.proc);
        try {
          const res = await call;
          expect(res.status, JSON.stringify(res.json)).toBe(200);
          acknowledged.push(...notes.map((n) => n.id));
          inFlight = null;
          sent++;
        } catch {
          break; // the connection died: this batch may or may not have been written
        }
        if (sent > 5_000) throw new Error('the host was never killed');
      }
      await killer;
      expect(sent).toBeGreaterThan(0);

      const afterKill = readFile(t.dir, workshopId);
      expect(afterKill.integrity).toBe('ok');
      expect(afterKill.ids).toEqual(expect.arrayContaining(acknowledged));

      // Start again on the same folder (the dead process's lock is taken over) and send the unanswered batch again.
      host = await startCliHost(t.dir);
      hosts.push(host);
      const again = await host.call('ops.apply', {
        workshopId,
        ops: inFlight!.notes.map((value) => ({ type: 'note.add', value })),
        client: { id: CLIENT, seq: inFlight!.seq },
      });
      expect(again.status, JSON.stringify(again.json)).toBe(200);
      acknowledged.push(...inFlight!.notes.map((n) => n.id));
    }

    await killHard(host.proc);
    const final = readFile(t.dir, workshopId);
    expect(final.integrity).toBe('ok');
    expect(final.ids.sort()).toEqual([...acknowledged].sort()); // each once, none missing
  }, 120_000);
});
