import { useState } from 'react';
import { formatBuddhistDate } from '../../shared/i18n';
import type { Lang } from '../../shared/i18n';
import { useT } from '../app/useT';

const BE = 543;
/** Month names from the platform's calendar data, in the UI language. */
const monthNames = (lang: Lang): string[] => {
  const f = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2000, i, 1))));
};

/** yyyy-mm-dd for a Gregorian day, or null when there is no such day (31 April, 29 February 2025). */
export function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date picked the way it is written in Thailand: day, month by name, and the year in the
 * Buddhist era (2569). It is kept as ISO (Gregorian) yyyy-mm-dd; while the parts make no real
 * date the field says why and answers null.
 */
export function BuddhistDateField({ value, lang, onChange }: { value: string; lang: Lang; onChange(iso: string | null): void }) {
  const t = useT();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [day, setDay] = useState(m ? Number(m[3]) : 1);
  const [month, setMonth] = useState(m ? Number(m[2]) : 1);
  const [year, setYear] = useState(m ? String(Number(m[1]) + BE) : '');
  const [problem, setProblem] = useState<string | null>(null);

  const change = (d: number, mo: number, y: string) => {
    setDay(d);
    setMonth(mo);
    setYear(y);
    const be = /^\d{4}$/.test(y.trim()) ? Number(y.trim()) : NaN;
    if (!(be >= 2400 && be <= 2800)) return (setProblem(t('dateBadYear')), onChange(null));
    const iso = isoDay(be - BE, mo, d);
    if (!iso) return (setProblem(t('dateBadDay')), onChange(null));
    setProblem(null);
    onChange(iso);
  };

  return (
    <span className="be-date-field">
      <span className="be-date-parts">
        <select name="date-day" aria-label={t('dateDay')} value={day} onChange={(e) => change(Number(e.target.value), month, year)}>
          {Array.from({ length: 31 }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
        <select name="date-month" aria-label={t('dateMonth')} value={month} onChange={(e) => change(day, Number(e.target.value), year)}>
          {monthNames(lang).map((name, i) => (
            <option key={name} value={i + 1}>
              {name}
            </option>
          ))}
        </select>
        <input
          name="date-year"
          aria-label={t('dateYearBe')}
          inputMode="numeric"
          maxLength={4}
          size={5}
          value={year}
          placeholder={t('dateYearBe')}
          onChange={(e) => change(day, month, e.target.value)}
        />
      </span>
      {problem ? (
        <small className="form-error" role="alert">
          {problem}
        </small>
      ) : (
        <small className="be-date" data-testid="be-date">
          {formatBuddhistDate(value, lang)}
        </small>
      )}
    </span>
  );
}
