import { describe, expect, it } from 'vitest';
import { describeLeftOut } from '../../shared/i18n/recordProblems';
import { RECORD_VERSIONS } from '../../shared/model/recordFormats';
import { restoreDoc, type RawDoc } from '../../shared/model/restoreDoc';
import type { RawRecord } from '../../shared/model/storedJson';
import { board, emptyDoc, note, tableLayout } from '../helpers/fixtures';

const rec = (value: unknown, version = 1): RawRecord => ({ id: (value as { id: string }).id, version, json: { ok: true, value } });
const broken = (id: string): RawRecord => ({
  id,
  version: 1,
  json: { ok: false, error: "Expected ',' or '}' after property value in JSON at position 9", text: '{"id":"x" "name"' },
});

function raw(over: Partial<RawDoc> = {}): RawDoc {
  return { workshop: rec(emptyDoc().workshop), boards: [rec(board('b1'))], notes: [], rows: [], steps: [], ...over };
}

describe('restoreDoc: the one gate for stored and imported workshops', () => {
  it('keeps fields this version does not know, at any depth, and fills defaults', () => {
    const b = board('b1');
    const layout = {
      ...b.layout,
      printHint: 'A3',
      blocks: b.layout.kind === 'canvas' ? b.layout.blocks.map((x) => ({ ...x, icon: 'leaf' })) : [],
    };
    const { w: _w, h: _h, color: _c, ...bare } = note('n1');
    const r = restoreDoc(raw({ boards: [rec({ ...b, layout, pinned: true })], notes: [rec({ ...bare, author: 'ป้าแดง' })] }));
    if (!r.ok) throw new Error('workshop refused');
    expect(r.doc.boards.b1).toMatchObject({ pinned: true, layout: { printHint: 'A3', blocks: [{ icon: 'leaf' }, { icon: 'leaf' }] } });
    expect(r.doc.notes.n1).toEqual({ ...note('n1'), author: 'ป้าแดง' });
    expect(r.leftOut).toEqual([]);
  });

  it('leaves out a damaged or newer record, says which and why, and opens the rest', () => {
    const newer = RECORD_VERSIONS.note + 1;
    const r = restoreDoc(raw({ notes: [rec(note('n1')), broken('n2'), rec({ ...note('n3'), shape: 'star' }, newer)] }));
    if (!r.ok) throw new Error('workshop refused');
    expect(Object.keys(r.doc.notes)).toEqual(['n1']);
    expect(r.leftOut).toEqual([
      { kind: 'note', id: 'n2', problem: { reason: 'unreadable', detail: expect.stringContaining("Expected ','") } },
      { kind: 'note', id: 'n3', problem: { reason: 'newer', version: newer, known: RECORD_VERSIONS.note } },
    ]);
  });

  it('a board that cannot be read takes its notes and rows out with it, and says so', () => {
    const t = board('t1', tableLayout);
    const r = restoreDoc(
      raw({
        boards: [broken('b1'), rec(t)],
        notes: [rec(note('n1'))],
        rows: [rec({ id: 'r1', boardId: 'b1', order: 1, cells: {} }), rec({ id: 'r2', boardId: 't1', order: 1, cells: { what: 'ปลูกผัก' } })],
      }),
    );
    if (!r.ok) throw new Error('workshop refused');
    expect(Object.keys(r.doc.boards)).toEqual(['t1']);
    expect(Object.keys(r.doc.rows)).toEqual(['r2']);
    expect(r.leftOut.map((l) => [l.kind, l.id, l.problem.reason])).toEqual([
      ['board', 'b1', 'unreadable'],
      ['note', 'n1', 'missingBoard'],
      ['row', 'r1', 'missingBoard'],
    ]);
    expect(describeLeftOut('th', r.leftOut)).toBe(
      'บางส่วนของเวิร์กช็อปนี้อ่านไม่ได้ จึงไม่ได้แสดง: กระดาน 1 รายการ, โน้ต 1 รายการ, แถวตาราง 1 รายการ (ข้อมูลที่เก็บไว้เสียหาย อ่านไม่ได้) ข้อมูลเดิมยังเก็บไว้ ไม่ได้ถูกลบ',
    );
    expect(describeLeftOut('en', r.leftOut)).toBe(
      'Parts of this workshop cannot be read and are not shown: 1 board, 1 note, 1 table row (The stored data is damaged and cannot be read). They are still stored; nothing was deleted.',
    );
  });

  it('an unreadable workshop record is refused as a whole, with its reason', () => {
    expect(restoreDoc(raw({ workshop: broken('w1') }))).toMatchObject({ ok: false, problem: { reason: 'unreadable' } });
    const newer = RECORD_VERSIONS.workshop + 3;
    expect(restoreDoc(raw({ workshop: rec(emptyDoc().workshop, newer) }))).toEqual({
      ok: false,
      problem: { reason: 'newer', version: newer, known: RECORD_VERSIONS.workshop },
    });
  });

  it('a "__proto__" key in stored JSON stays data and never becomes a prototype', () => {
    const value = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(note('n1')).slice(1)}`) as unknown;
    const r = restoreDoc(raw({ notes: [rec(value)] }));
    if (!r.ok) throw new Error('workshop refused');
    expect((r.doc.notes.n1 as unknown as { polluted?: boolean }).polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
