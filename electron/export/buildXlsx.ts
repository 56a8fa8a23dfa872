import ExcelJS from 'exceljs';
import type { Lang } from '../../shared/i18n';
import type { ColumnKind } from '../../shared/model/Template';
import type { BoardSheet } from './boardSheet';

/** Baht as a number with the baht sign and satang: ฿16,800.50, -฿20.00. */
export const BAHT_FORMAT = '"฿"#,##0.00;-"฿"#,##0.00';
/**
 * A date shown in the Buddhist era: calendar 07 (Thai Buddhist) of locale 041E (Thai) reads
 * "15 ม.ค. 2569", as on screen. That calendar brings Thai month names with any locale, so English
 * gets the numeric form people also type, "15/1/2569".
 */
export const DATE_FORMAT: Record<Lang, string> = { th: '[$-107041E]d mmm yyyy', en: '[$-1070000]d/m/yyyy' };
const numberFormat = (n: number) => (Number.isInteger(n) ? '#,##0' : '#,##0.0#');

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const clean = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  let out = '';
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(clean)) {
    if (out.length + segment.length > 31) break;
    out += segment;
  }
  return out.trim() || 'Sheet1';
}

/**
 * The sheet as a workbook people can calculate with: numbers stay numbers (baht with a baht
 * format), dates are real dates shown in the Buddhist era, the totals row is a SUM formula that
 * carries the screen's figure as its value, and the header row stays in view when scrolling.
 */
export async function buildXlsx(sheet: BoardSheet, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CBMC Studio';
  const ws = wb.addWorksheet(sheetName(sheet.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = ws.getRow(1);
  sheet.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.label;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
  });

  const widths = sheet.columns.map((c) => Math.max(6, Math.round(c.width * 16)));
  ws.columns = widths.map((width) => ({ width }));
  head.height = rowHeight(
    sheet.columns.map((c) => c.label),
    widths,
  );

  sheet.rows.forEach((row, r) => {
    const xr = ws.getRow(r + 2);
    row.forEach((value, i) => writeCell(xr.getCell(i + 1), sheet.columns[i]!.kind, value, lang));
    xr.height = rowHeight(
      row.map((v, i) => (sheet.columns[i]!.kind === 'text' ? v : '')),
      widths,
    );
  });

  if (sheet.totals && sheet.rows.length > 0) {
    const xr = ws.getRow(sheet.rows.length + 2);
    xr.getCell(1).value = sheet.totals.label;
    sheet.totals.values.forEach((total, i) => {
      if (total === null || i === 0) return;
      const cell = xr.getCell(i + 1);
      const letter = ws.getColumn(i + 1).letter;
      cell.value = { formula: `SUM(${letter}2:${letter}${sheet.rows.length + 1})`, result: total };
      cell.numFmt = sheet.columns[i]!.kind === 'baht' ? BAHT_FORMAT : numberFormat(total);
    });
    xr.font = { bold: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
/** Points per wrapped line: room for Thai marks above and below the default 11-point type. */
const LINE_PT = 16.5;

/**
 * Spreadsheets do not grow a row for wrapped text they did not lay out themselves, so wrapped
 * cells would overlap the next row: give each row the height its fullest cell needs (an estimate:
 * one grapheme cluster is about one character of column width).
 */
function rowHeight(texts: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  texts.forEach((text, i) => {
    const per = Math.max(1, widths[i]! - 1);
    const n = text.split('\n').reduce((a, p) => a + Math.max(1, Math.ceil([...graphemes.segment(p)].length / per)), 0);
    lines = Math.max(lines, n);
  });
  return Math.min(409, lines * LINE_PT);
}

function writeCell(cell: ExcelJS.Cell, kind: ColumnKind, stored: string, lang: Lang): void {
  if (stored === '') return;
  if (kind === 'baht' || kind === 'number') {
    const n = Number(stored);
    // A value typed before the column became numeric stays the text it is.
    if (Number.isFinite(n)) {
      cell.value = n;
      cell.numFmt = kind === 'baht' ? BAHT_FORMAT : numberFormat(n);
      cell.alignment = { vertical: 'top' };
      return;
    }
  }
  if (kind === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored);
    if (m) {
      cell.value = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      cell.numFmt = DATE_FORMAT[lang];
      cell.alignment = { vertical: 'top' };
      return;
    }
  }
  cell.value = stored;
  cell.alignment = { vertical: 'top', wrapText: true };
}
