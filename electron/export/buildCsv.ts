import type { Lang } from '../../shared/i18n';
import { displayText } from '../../shared/text/cellFormat';
import type { BoardSheet } from './boardSheet';

/** Excel opens a CSV as UTF-8 (and so shows Thai) only when it starts with this mark. */
const BOM = '\uFEFF';

/** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, so a
 * note reading "=HYPERLINK(…)" or "- ปลูกผัก" opens as the words typed, never as a formula.
 */
export function inertText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The sheet as the screen shows it (฿1,500, 15 ม.ค. 2569, รวม …), UTF-8 with a BOM, CRLF lines. */
export function buildCsv(sheet: BoardSheet, lang: Lang): Buffer {
  const lines: string[][] = [sheet.columns.map((c) => c.label)];
  for (const row of sheet.rows) {
    lines.push(
      row.map((v, i) => {
        const kind = sheet.columns[i]!.kind;
        return kind === 'text' || kind === 'choice' ? inertText(v) : displayText(kind, v, lang);
      }),
    );
  }
  if (sheet.totals) {
    const { label, values } = sheet.totals;
    lines.push(values.map((v, i) => (i === 0 ? label : v === null ? '' : displayText(sheet.columns[i]!.kind, String(v), lang))));
  }
  const text = lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
  return Buffer.from(BOM + text, 'utf8');
}
