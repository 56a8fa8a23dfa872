import { describe, expect, it } from 'vitest';
import { formatBuddhistDate, parseIsoDate } from '../../shared/i18n';
import { formatThaiDateTime } from '../../shared/i18n/formatDateTime';
import { workshopFieldsSchema } from '../../shared/model/Workshop';
import { editText, formatDate, parseDate } from '../../shared/text/cellFormat';

describe('formatBuddhistDate', () => {
  it('writes real dates in the Buddhist era, Thai and English, long and medium', () => {
    expect(formatBuddhistDate('2026-01-15', 'th')).toBe('15 มกราคม 2569');
    expect(formatBuddhistDate('2026-01-15', 'en')).toBe('15 January 2569 BE');
    expect(formatBuddhistDate('2026-01-15', 'th', 'medium')).toBe('15 ม.ค. 2569');
    expect(formatBuddhistDate('2026-01-15', 'en', 'medium')).toBe('15 Jan 2569 BE');
    expect(formatBuddhistDate('2026-01-15', 'th', 'numeric')).toBe('15/1/2569');
    expect(formatBuddhistDate('2026-01-15', 'th', 'iso')).toBe('2569-01-15');
  });

  it('knows leap days: 29 February 2567 exists, 29 February 2568 does not', () => {
    expect(formatBuddhistDate('2024-02-29', 'th')).toBe('29 กุมภาพันธ์ 2567');
    expect(formatBuddhistDate('2024-02-29', 'en')).toBe('29 February 2567 BE');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(formatBuddhistDate('2025-02-29', 'th')).toBe('2025-02-29');
    expect(workshopFieldsSchema.safeParse({ name: 'ก', date: '2025-02-29' }).success).toBe(false);
    expect(workshopFieldsSchema.safeParse({ name: 'ก', date: '2024-02-29' }).success).toBe(true);
    expect(parseDate('29/2/2568')).toEqual({ ok: false, problem: 'date' });
    expect(parseDate('29/2/2567')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('turns the Buddhist year over with the Gregorian one, on 1 January', () => {
    expect(formatBuddhistDate('2025-12-31', 'th')).toBe('31 ธันวาคม 2568');
    expect(formatBuddhistDate('2026-01-01', 'th')).toBe('1 มกราคม 2569');
    expect(formatBuddhistDate('2026-01-01', 'en', 'medium')).toBe('1 Jan 2569 BE');
    // A Date is taken as the local calendar day, whatever the time zone offset.
    expect(formatBuddhistDate(new Date(2025, 11, 31, 23, 59), 'th')).toBe('31 ธันวาคม 2568');
    expect(formatBuddhistDate(new Date(2026, 0, 1, 0, 1), 'en')).toBe('1 January 2569 BE');
  });

  it('returns text that is not a date unchanged, so nothing typed is lost', () => {
    expect(formatBuddhistDate('', 'th')).toBe('');
    expect(formatBuddhistDate('เร็ว ๆ นี้', 'th')).toBe('เร็ว ๆ นี้');
    expect(formatBuddhistDate(new Date(Number.NaN), 'th')).toBe('');
  });

  it('is the formatter table cells use, so screen cells and printed cells agree', () => {
    expect(formatDate('2024-02-29', 'th')).toBe(formatBuddhistDate('2024-02-29', 'th', 'medium'));
    expect(editText('date', '2026-01-01')).toBe('1/1/2569');
    expect(parseDate(editText('date', '2024-02-29'))).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('gives date and time in a time zone, turning the year at local midnight', () => {
    expect(formatThaiDateTime('2026-11-30T02:20:00Z', 'th', 'Asia/Bangkok')).toBe('30 พ.ย. 2569 09:20 น.');
    expect(formatThaiDateTime('2026-11-30T02:20:00Z', 'en', 'Asia/Bangkok')).toBe('30 Nov 2569 BE, 09:20');
    expect(formatThaiDateTime('2025-12-31T18:00:00Z', 'th', 'Asia/Bangkok')).toBe('1 ม.ค. 2569 01:00 น.');
    expect(formatThaiDateTime('2025-12-31T18:00:00Z', 'th', 'UTC')).toBe('31 ธ.ค. 2568 18:00 น.');
  });
});
