import Database from 'better-sqlite3';
import path from 'node:path';
import { DB_FILE } from '../../electron/db/openDatabase';
import type { Services } from '../../electron/services/createServices';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { Op } from '../../shared/ops';
import { board, note, tableLayout } from './fixtures';

export const place = {
  group: 'กลุ่มแม่บ้านเกษตรกร',
  tambon: 'นาขา',
  amphoe: 'หลังสวน',
  province: 'ชุมพร',
  date: '2026-03-01',
  facilitator: 'พี่เลี้ยงภาคใต้',
};

/** A workshop with a canvas board of notes, a table board with rows, and step states. */
export async function seedRichWorkshop(s: Services, name: string, noteCount = 6): Promise<string> {
  const w = await s['workshops.create']({ fields: { ...place, name } });
  const ops: Op[] = [
    { type: 'board.add', value: { ...board('b1'), title: 'ผืนผ้าใบธุรกิจชุมชน' } },
    { type: 'board.add', value: { ...board('t1', tableLayout), title: 'แผนปฏิบัติการ', order: 2 } },
    {
      type: 'row.add',
      value: { id: 'r1' as never, boardId: 't1' as never, order: 1, cells: { what: 'ทำน้ำพริกแกงขายตลาดนัด', budget: '16800.50' } },
    },
    { type: 'row.add', value: { id: 'r2' as never, boardId: 't1' as never, order: 2, cells: { what: 'อบรมบัญชีครัวเรือน', budget: '4200' } } },
    { type: 'step.add', value: { id: 's1', status: 'done', checked: ['s1_o1'], notes: 'ได้แกนนำ 12 คน' } },
    { type: 'step.add', value: { id: 's2', status: 'doing', checked: [], notes: '' } },
  ];
  for (let i = 0; i < noteCount; i++) {
    ops.push({
      type: 'note.add',
      value: note(`n${i}`, {
        blockId: i % 3 === 2 ? null : i % 2 ? 'right' : 'left',
        x: 10 + i * 7,
        y: 12 + i * 5,
        text: `น้ำพริกแกงสูตรแม่ ข้อ ${i} ✓`,
        color: i % 2 ? 'pink' : 'green',
        z: i,
      }),
    });
  }
  await s['ops.apply']({ workshopId: w.id as never, ops });
  return w.id;
}

/**
 * A workshop's content with ids taken out: boards in order, each with its notes and rows described
 * by what a person sees. Two workshops with equal content give equal results.
 */
export function contentOf(doc: WorkshopDoc) {
  const { id: _id, updatedAt: _u, ...workshop } = doc.workshop;
  const boards = Object.values(doc.boards).sort((a, b) => a.order - b.order);
  return {
    workshop,
    boards: boards.map(({ id, ...b }) => ({
      ...b,
      notes: Object.values(doc.notes)
        .filter((n) => n.boardId === id)
        .map(({ id: _n, boardId: _b, ...n }) => n)
        .sort((a, b) => a.z - b.z),
      rows: Object.values(doc.rows)
        .filter((r) => r.boardId === id)
        .map(({ id: _r, boardId: _b, ...r }) => r)
        .sort((a, b) => a.order - b.order),
    })),
    steps: Object.values(doc.steps).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** Every stored row of the database, table by table, leaving out the given workshops and template sets. */
export function dumpDatabase(dataDir: string, skip: { workshops?: Iterable<string>; sets?: Iterable<string> } = {}): string {
  const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
  try {
    const skipW = new Set(skip.workshops ?? []);
    const skipS = new Set(skip.sets ?? []);
    const out: Record<string, unknown[]> = {};
    for (const table of ['workshops', 'boards', 'notes', 'table_rows', 'steps', 'template_sets', 'settings']) {
      const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<string, unknown>[];
      out[table] = rows.filter((r) => {
        if (table === 'workshops') return !skipW.has(r.id as string);
        if (table === 'template_sets') return !skipS.has(r.id as string);
        return !('workshop_id' in r) || !skipW.has(r.workshop_id as string);
      });
    }
    return JSON.stringify(out);
  } finally {
    db.close();
  }
}
