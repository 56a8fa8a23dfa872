import { useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../../shared/i18n';
import { LIMITS } from '../../../shared/model/limits';
import type { ColumnDef } from '../../../shared/model/Template';
import { useT } from '../../app/useT';
import { displayText, editText, parseCell } from '../../../shared/text/cellFormat';

interface Props {
  column: ColumnDef;
  value: string;
  lang: Lang;
  label: string;
  /** Called with the stored form of what was typed, once the person leaves the cell. */
  onCommit(value: string): void;
  /** Shown but not editable (a board the room's facilitator made read-only). */
  readOnly?: boolean;
}

/**
 * One cell, edited in place. Numbers and dates read the Thai way ("฿1,500", "15 ม.ค. 2569") and are
 * typed freely; what cannot be understood stays in the box, marked, and is not saved.
 */
export function TableCell({ column, value, lang, label, onCommit, readOnly = false }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<'number' | 'date' | null>(null);
  const testId = `cell-${column.id}`;

  if (column.kind === 'choice') {
    const options = column.options ?? [];
    return (
      <select
        className="cell-input"
        aria-label={label}
        data-testid={testId}
        value={value}
        disabled={readOnly}
        onChange={(e) => onCommit(e.target.value)}
      >
        <option value="">{t('chooseOption')}</option>
        {!options.includes(value) && value !== '' && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }

  const finish = (text: string) => {
    const parsed = parseCell(column.kind, text);
    if (!parsed.ok) return setProblem(parsed.problem);
    setProblem(null);
    setDraft(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      setDraft(null);
      setProblem(null);
      (e.target as HTMLElement).blur();
    } else if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      (e.target as HTMLElement).blur();
    }
  };
  const common = {
    className: `cell-input ${column.kind}${problem ? ' invalid' : ''}`,
    'aria-label': label,
    'aria-invalid': problem !== null,
    title: problem === 'number' ? t('badNumber') : problem === 'date' ? t('badDate') : undefined,
    'data-testid': testId,
    readOnly,
    onKeyDown: onKey,
  };

  if (column.kind === 'text') {
    return (
      <textarea
        {...common}
        rows={1}
        maxLength={LIMITS.cellText}
        value={draft ?? value}
        onFocus={() => setDraft(value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => finish(e.target.value)}
      />
    );
  }
  return (
    <>
      <input
        {...common}
        inputMode={column.kind === 'date' ? 'text' : 'decimal'}
        placeholder={column.kind === 'date' ? t('datePlaceholder') : undefined}
        value={draft ?? displayText(column.kind, value, lang)}
        onFocus={() => setDraft(editText(column.kind, value))}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => finish(e.target.value)}
      />
      {problem && (
        <small className="cell-problem" role="alert">
          {problem === 'number' ? t('badNumber') : t('badDate')}
        </small>
      )}
    </>
  );
}
