import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import type { TableLayout } from '../../shared/model/Template';
import type { Op } from '../../shared/ops';
import { displayText } from '../../shared/text/cellFormat';
import { tableTotals } from '../../shared/text/tableTotals';
import { board, note } from '../helpers/fixtures';
import { tempDir } from '../helpers/tempDir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

/** Every kind of cell a table can hold. */
const layout: TableLayout = {
  kind: 'table',
  columns: [
    { id: 'what', label_th: 'กิจกรรม', label_en: 'Activity', kind: 'text', width: 2, provenance: 'proposal' },
    { id: 'budget', label_th: 'งบประมาณ', label_en: 'Budget', kind: 'baht', width: 1, provenance: 'confirmed' },
    { id: 'people', label_th: 'จำนวนคน', label_en: 'People', kind: 'number', width: 1, provenance: 'proposal' },
    { id: 'when', label_th: 'วันที่', label_en: 'Date', kind: 'date', width: 1, provenance: 'proposal' },
    {
      id: 'status',
      label_th: 'สถานะ',
      label_en: 'Status',
      kind: 'choice',
      options: ['กำลังทำ', 'เสร็จแล้ว'],
      width: 1,
      provenance: 'proposal',
    },
  ],
};
const ROWS = [
  { what: 'อบรมทำบัญชีครัวเรือน, รุ่นที่ 1', budget: '16800.5', people: '25', when: '2026-01-15', status: 'เสร็จแล้ว' },
  { what: 'ซื้อปุ๋ย "อินทรีย์"\nและเมล็ดพันธุ์', budget: '4199.5', people: '1.5', when: '2026-12-31', status: 'กำลังทำ' },
  { what: '=SUM(A1:A2) ไม่ใช่สูตร', budget: '0.1', people: '', when: '', status: '' },
];

async function setup(): Promise<{ services: Services; workshopId: string }> {
  const t = tempDir('cbmc-export-');
  const services = createServices({ dataDir: t.dir, resourcesDir: path.join(ROOT, 'resources') });
  cleanups.push(t.cleanup, () => services.close());
  const w = await services['workshops.create']({
    fields: { name: 'ตลาดนัด/บ้านหนองน้ำใส', group: '', tambon: '', amphoe: '', province: '', date: '2026-01-15', facilitator: '' },
  });
  const ops: Op[] = [
    { type: 'board.add', value: { ...board('t1', layout), title: 'แผนปฏิบัติการปี 2569' } },
    ...ROWS.map((cells, i): Op => ({ type: 'row.add', value: { id: `r${i}` as never, boardId: 't1' as never, order: i, cells } })),
    { type: 'board.add', value: { ...board('b1'), order: 2 } },
    { type: 'note.add', value: note('n1', { blockId: 'right', text: 'น้ำพริก, "สูตรแม่"', color: 'green' }) },
    { type: 'note.add', value: note('n2', { blockId: 'left', y: 50, text: 'ทำกำไร\nปีละ 12,000 บาท' }) },
    { type: 'note.add', value: note('n3', { blockId: null, text: 'ยังไม่ได้จัด' }) },
  ];
  await services['ops.apply']({ workshopId: w.id, ops });
  return { services, workshopId: w.id };
}

async function exported(services: Services, workshopId: string, boardId: string, format: 'xlsx' | 'csv') {
  const file = await services['data.export']({ workshopId: workshopId as never, boardId, format, lang: 'th' });
  return { ...file, bytes: Buffer.from(file.base64, 'base64') };
}

/** RFC 4180 reader, to check the writer against the standard rather than against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('a table as XLSX', () => {
  it('reads back with numbers as numbers in baht format, real dates in the Buddhist era, Thai intact and the totals row', async () => {
    const { services, workshopId } = await setup();
    const file = await exported(services, workshopId, 't1', 'xlsx');
    expect(file.fileName).toBe('ตลาดนัด บ้านหนองน้ำใส - แผนปฏิบัติการปี 2569 - 2569-01-15.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as never);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('แผนปฏิบัติการปี 2569');
    expect(ws.getRow(1).values).toEqual([undefined, '#', 'กิจกรรม', 'งบประมาณ', 'จำนวนคน', 'วันที่', 'สถานะ']);
    ROWS.forEach((r, i) => {
      const x = ws.getRow(i + 2);
      expect(x.getCell(1).value).toBe(i + 1);
      expect(x.getCell(2).value).toBe(r.what);
      expect(x.getCell(3).value).toBe(Number(r.budget));
      expect(x.getCell(3).numFmt).toContain('"฿"#,##0.00');
      expect(x.getCell(4).value).toBe(r.people === '' ? null : Number(r.people));
      if (r.when === '') expect(x.getCell(5).value).toBeNull();
      else {
        expect(x.getCell(5).value).toBeInstanceOf(Date);
        expect((x.getCell(5).value as Date).toISOString().slice(0, 10)).toBe(r.when);
        expect(x.getCell(5).numFmt).toMatch(/^\[\$-107041E\]/);
      }
      expect(x.getCell(6).value).toBe(r.status === '' ? null : r.status);
    });
    const totals = tableTotals(
      layout.columns,
      ROWS.map((cells, i) => ({ id: `r${i}` as never, boardId: 't1' as never, order: i, cells })),
    )!;
    const foot = ws.getRow(ROWS.length + 2);
    expect(foot.getCell(1).value).toBe('รวม');
    expect(foot.getCell(3).value).toEqual({ formula: `SUM(C2:C${ROWS.length + 1})`, result: totals[1] });
    expect(foot.getCell(4).value).toEqual({ formula: `SUM(D2:D${ROWS.length + 1})`, result: totals[2] });
    expect(foot.getCell(2).value).toBeNull();
  });

  const libreoffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => fs.existsSync(p));
  it.skipIf(!libreoffice)(
    'LibreOffice shows baht with satang, Buddhist-era dates and the same total',
    async () => {
      const { services, workshopId } = await setup();
      const file = await exported(services, workshopId, 't1', 'xlsx');
      const t = tempDir('cbmc-lo-');
      cleanups.push(t.cleanup);
      const xlsx = path.join(t.dir, 'plan.xlsx');
      fs.writeFileSync(xlsx, file.bytes);
      // Its own profile folder, so a running office or another test cannot lock this conversion.
      execFileSync(
        libreoffice!,
        [
          `-env:UserInstallation=file://${t.dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
          '--outdir',
          t.dir,
          xlsx,
        ],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const rows = parseCsv(fs.readFileSync(path.join(t.dir, 'plan.csv'), 'utf8').replace(/\r?\n/g, '\r\n'));
      expect(rows[1]!.slice(1, 5)).toEqual(['อบรมทำบัญชีครัวเรือน, รุ่นที่ 1', '฿16,800.50', '25', displayText('date', '2026-01-15', 'th')]);
      expect(rows[2]![4]).toBe('31 ธ.ค. 2569');
      expect(rows[4]![0]).toBe('รวม');
      expect(rows[4]![2]).toBe('฿21,000.10');
    },
    150_000,
  );
});

describe('a table and a board as CSV', () => {
  it('starts with the UTF-8 BOM, quotes by RFC 4180 and writes values as the screen shows them', async () => {
    const { services, workshopId } = await setup();
    const file = await exported(services, workshopId, 't1', 'csv');
    expect(file.fileName.endsWith('.csv')).toBe(true);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.subarray(3).toString('utf8');
    // Raw bytes: a comma, a quote and a line break each force quotes; quotes inside are doubled.
    expect(text).toContain('"อบรมทำบัญชีครัวเรือน, รุ่นที่ 1"');
    expect(text).toContain('"ซื้อปุ๋ย ""อินทรีย์""\nและเมล็ดพันธุ์"');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['#', 'กิจกรรม', 'งบประมาณ', 'จำนวนคน', 'วันที่', 'สถานะ']);
    expect(rows[1]).toEqual(['1', ROWS[0]!.what, '฿16,800.50', '25', displayText('date', '2026-01-15', 'th'), 'เสร็จแล้ว']);
    expect(rows[2]![1]).toBe(ROWS[1]!.what);
    // A cell a spreadsheet would run as a formula opens as the words typed.
    expect(rows[3]![1]).toBe(`'${ROWS[2]!.what}`);
    expect(rows[4]).toEqual(['รวม', '', '฿21,000.10', '26.5', '', '']);
    expect(rows).toHaveLength(5);
  });

  it("a canvas board's notes: block title, text and colour, block by block, the unplaced last", async () => {
    const { services, workshopId } = await setup();
    const rows = parseCsv((await exported(services, workshopId, 'b1', 'csv')).bytes.subarray(3).toString('utf8'));
    expect(rows).toEqual([
      ['#', 'ช่อง', 'ข้อความ', 'สี'],
      ['1', 'ซ้าย', 'ทำกำไร\nปีละ 12,000 บาท', 'เหลือง'],
      ['2', 'ขวา', 'น้ำพริก, "สูตรแม่"', 'เขียว'],
      ['3', 'ยังไม่ได้จัดวาง', 'ยังไม่ได้จัด', 'เหลือง'],
    ]);
  });

  it('a board that does not exist is refused with a message, and the browser host cannot save to disk', async () => {
    const { services, workshopId } = await setup();
    await expect(services['data.export']({ workshopId: workshopId as never, boardId: 'nope', format: 'csv', lang: 'th' })).rejects.toThrow(
      /board "nope" does not exist/,
    );
    await expect(services['data.save']({ workshopId: workshopId as never, boardId: 't1', format: 'csv', lang: 'th' })).rejects.toThrow(
      /GET \/api\/export/,
    );
  });
});
