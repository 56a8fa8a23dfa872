import { describe, expect, it } from 'vitest';
import { applyAll, invertAll, type Op } from '../../shared/ops';
import { addRowOps, moveRowOps, rowsOf, setCellOps } from '../../shared/edits/rows';
import { displayText, editText, formatBaht, parseCell, parseDate, parseNumber } from '../../shared/text/cellFormat';
import { board, emptyDoc, tableLayout } from '../helpers/fixtures';

function tableDoc() {
  const d = emptyDoc();
  d.boards.t = board('t', tableLayout);
  return d;
}
const texts = (d: ReturnType<typeof tableDoc>) => rowsOf(d, 't').map((r) => r.cells.what);

describe('table rows as ops', () => {
  it('adds rows at the end, edits cells, and undoes each change exactly', () => {
    let doc = tableDoc();
    for (const what of ['เก็บข้อมูล', 'วิเคราะห์ทุน', 'ทำ CBMC']) doc = applyAll(doc, addRowOps(doc, { boardId: 't', cells: { what } }));
    expect(texts(doc)).toEqual(['เก็บข้อมูล', 'วิเคราะห์ทุน', 'ทำ CBMC']);
    const row = rowsOf(doc, 't')[1]!;
    const ops = setCellOps(doc, { rowId: row.id, columnId: 'budget', value: '1500' });
    const after = applyAll(doc, ops);
    expect(after.rows[row.id]?.cells).toEqual({ what: 'วิเคราะห์ทุน', budget: '1500' });
    expect(applyAll(after, invertAll(doc, ops))).toEqual(doc);
    expect(setCellOps(doc, { rowId: row.id, columnId: 'what', value: 'วิเคราะห์ทุน' })).toEqual([]);
    const emptied = setCellOps(after, { rowId: row.id, columnId: 'budget', value: '' });
    expect(applyAll(after, emptied).rows[row.id]?.cells).toEqual({ what: 'วิเคราะห์ทุน' });
    expect(applyAll(applyAll(after, emptied), invertAll(after, emptied))).toEqual(after);
  });

  it('keeps both edits when two people change two cells of one row, and the later one of the same cell', () => {
    let doc = tableDoc();
    doc = applyAll(doc, addRowOps(doc, { boardId: 't', cells: { what: 'เก็บข้อมูล' } }));
    const row = rowsOf(doc, 't')[0]!;
    // Both start from the same document, as two screens would.
    const mine = setCellOps(doc, { rowId: row.id, columnId: 'budget', value: '1500' });
    const theirs = setCellOps(doc, { rowId: row.id, columnId: 'what', value: 'ทำบัญชีครัวเรือน' });
    const both = applyAll(applyAll(doc, theirs), mine);
    expect(both.rows[row.id]?.cells).toEqual({ what: 'ทำบัญชีครัวเรือน', budget: '1500' });
    const later = setCellOps(doc, { rowId: row.id, columnId: 'budget', value: '900' });
    expect(applyAll(both, later).rows[row.id]?.cells.budget).toBe('900');
  });

  it('refuses a cell of a row that is gone and a row that would hold too many cells', () => {
    let doc = tableDoc();
    doc = applyAll(doc, addRowOps(doc, { boardId: 't', cells: {} }));
    const row = rowsOf(doc, 't')[0]!;
    expect(() => applyAll(doc, [{ type: 'row.cell', id: 'gone', columnId: 'what', value: 'x' }])).toThrow(/does not exist/);
    const full: Op[] = Array.from({ length: 61 }, (_, i) => ({ type: 'row.cell', id: row.id, columnId: `c${i}`, value: 'x' }));
    expect(() => applyAll(doc, full)).toThrow(/at most 60/);
    expect(applyAll(doc, full.slice(0, 60)).rows[row.id]?.cells.c59).toBe('x');
  });

  it('moves a row with one patch of its order, many times over', () => {
    let doc = tableDoc();
    for (const what of ['a', 'b', 'c', 'd']) doc = applyAll(doc, addRowOps(doc, { boardId: 't', cells: { what } }));
    const id = (w: string) => rowsOf(doc, 't').find((r) => r.cells.what === w)!.id;
    expect(moveRowOps(doc, { boardId: 't', rowId: id('a'), dir: -1 })).toEqual([]);
    expect(moveRowOps(doc, { boardId: 't', rowId: id('d'), dir: 1 })).toEqual([]);
    doc = applyAll(doc, moveRowOps(doc, { boardId: 't', rowId: id('d'), dir: -1 }));
    expect(texts(doc)).toEqual(['a', 'b', 'd', 'c']);
    doc = applyAll(doc, moveRowOps(doc, { boardId: 't', rowId: id('d'), dir: -1 }));
    doc = applyAll(doc, moveRowOps(doc, { boardId: 't', rowId: id('d'), dir: -1 }));
    expect(texts(doc)).toEqual(['d', 'a', 'b', 'c']);
    doc = applyAll(doc, moveRowOps(doc, { boardId: 't', rowId: id('a'), dir: 1 }));
    expect(texts(doc)).toEqual(['d', 'b', 'a', 'c']);
    for (let i = 0; i < 30; i++) doc = applyAll(doc, moveRowOps(doc, { boardId: 't', rowId: id(i % 2 ? 'b' : 'a'), dir: i % 2 ? 1 : -1 }));
    expect(new Set(rowsOf(doc, 't').map((r) => r.order)).size).toBe(4);
  });

  it('removing a row is undoable', () => {
    const doc = applyAll(tableDoc(), addRowOps(tableDoc(), { boardId: 't', cells: { what: 'x' } }));
    const ops: Op[] = [{ type: 'row.remove', id: rowsOf(doc, 't')[0]!.id }];
    expect(applyAll(applyAll(doc, ops), invertAll(doc, ops))).toEqual(doc);
  });
});

describe('cells read and typed the Thai way', () => {
  it('numbers: grouped, baht sign or word, Thai digits', () => {
    expect(parseNumber('1,500')).toEqual({ ok: true, value: '1500' });
    expect(parseNumber('฿ 2,000.50')).toEqual({ ok: true, value: '2000.5' });
    expect(parseNumber('1500 บาท')).toEqual({ ok: true, value: '1500' });
    expect(parseNumber('๑,๕๐๐')).toEqual({ ok: true, value: '1500' });
    expect(parseNumber('หนึ่งพัน')).toEqual({ ok: false, problem: 'number' });
    expect(formatBaht('1500')).toBe('฿1,500');
    expect(formatBaht('-20.5')).toBe('-฿20.50');
    expect(formatBaht('16800.5')).toBe('฿16,800.50');
    expect(formatBaht('16800.05')).toBe('฿16,800.05');
    expect(formatBaht('21000')).toBe('฿21,000');
    expect(formatBaht('0.001')).toBe('฿0');
    expect(displayText('number', '12000', 'th')).toBe('12,000');
  });

  it('dates: Buddhist-era input and display, stored as ISO', () => {
    expect(parseDate('15/1/2569')).toEqual({ ok: true, value: '2026-01-15' });
    expect(parseDate('15/01/2026')).toEqual({ ok: true, value: '2026-01-15' });
    expect(parseDate('2026-1-5')).toEqual({ ok: true, value: '2026-01-05' });
    expect(parseDate('31/2/2569')).toEqual({ ok: false, problem: 'date' });
    expect(parseDate('พรุ่งนี้')).toEqual({ ok: false, problem: 'date' });
    expect(displayText('date', '2026-01-15', 'th')).toMatch(/2569/);
    expect(displayText('date', '2026-01-15', 'en')).toBe('15 Jan 2569 BE');
    expect(editText('date', '2026-01-15')).toBe('15/1/2569');
    expect(parseCell('text', '  ข้อความ ')).toEqual({ ok: true, value: '  ข้อความ ' });
  });
});
