import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/pdf/renderPdf';
import { tableTotals } from '../../shared/text/tableTotals';
import { displayText } from '../../shared/text/cellFormat';
import { addBoard, emptyDoc, FONTS_DIR, LIBRARY } from './fixtures';
import { pdfText, renderPng, save } from './pdfTools';

describe('printed tables carry the totals row the screen shows', () => {
  it('รวม with the baht total, and baht with satang as ฿16,800.50', async () => {
    const doc = emptyDoc();
    const plan = addBoard(doc, 'operation-plan', 'แผนปฏิบัติการ');
    if (plan.layout.kind !== 'table') throw new Error('table expected');
    const cols = plan.layout.columns;
    const budget = cols.find((c) => c.kind === 'baht')!;
    const budgets = ['16800.5', '4199.5', '0.1', '0.2'];
    budgets.forEach((b, i) => {
      doc.rows[`r${i}`] = {
        id: `r${i}` as never,
        boardId: plan.id,
        order: i,
        cells: { [cols[0]!.id]: `กิจกรรมที่ ${i + 1}`, [budget.id]: b },
      };
    });
    const file = save(
      'table-totals',
      await renderPdf({ kind: 'board', boardId: plan.id, paper: 'A4', lang: 'th' }, doc, LIBRARY, { fontsDir: FONTS_DIR }),
    );
    const lines = pdfText(file)
      .split('\n')
      .map((l) => l.trim());
    // A row reads as one line: its activity, then its amount as it shows on screen.
    expect(lines).toContain('กิจกรรมที่ 1 ฿16,800.50');
    expect(lines).toContain('กิจกรรมที่ 2 ฿4,199.50');
    expect(lines).toContain('กิจกรรมที่ 3 ฿0.10');
    expect(lines.some((l) => /16,800\.5$/.test(l))).toBe(false);
    // The totals row: the screen's word and the screen's figure (the same shared sum), after the last row.
    const totals = tableTotals(cols, Object.values(doc.rows));
    const shown = displayText('baht', String(totals![cols.indexOf(budget)]), 'th');
    expect(shown).toBe('฿21,000.30');
    const at = lines.indexOf(`รวม ${shown}`);
    expect(at).toBeGreaterThan(lines.indexOf('กิจกรรมที่ 4 ฿0.20'));
    renderPng(file, 1, 80);
  });

  it('a table without numeric columns prints no totals row', async () => {
    const doc = emptyDoc();
    const roster = addBoard(doc, 'team-roster', 'ทีมงาน');
    if (roster.layout.kind !== 'table') throw new Error('table expected');
    const first = roster.layout.columns[0]!;
    expect(roster.layout.columns.some((c) => c.kind === 'baht' || c.kind === 'number')).toBe(false);
    doc.rows.r1 = { id: 'r1' as never, boardId: roster.id, order: 1, cells: { [first.id]: 'นางสมศรี' } };
    const file = save(
      'table-no-totals',
      await renderPdf({ kind: 'board', boardId: roster.id, paper: 'A4', lang: 'th' }, doc, LIBRARY, { fontsDir: FONTS_DIR }),
    );
    const lines = pdfText(file)
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('นางสมศรี');
    expect(lines.some((l) => l.startsWith('รวม'))).toBe(false);
  });
});
