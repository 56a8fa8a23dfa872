import { useState } from 'react';
import type { WorkshopFields } from '../../shared/model/Workshop';
import { workshopFieldsSchema } from '../../shared/model/Workshop';
import { say } from '../../shared/i18n';
import { issueMessage, WORKSHOP_FIELD_NAMES } from '../../shared/i18n/issueMessage';
import { useApp } from '../app/StoreContext';
import { useErrorText, useT } from '../app/useT';
import { Dialog } from './Dialog';
import { BuddhistDateField } from './BuddhistDateField';

const FIELDS = ['name', 'group', 'tambon', 'amphoe', 'province', 'facilitator'] as const;
const LABELS = {
  name: 'workshopName',
  group: 'group',
  tambon: 'tambon',
  amphoe: 'amphoe',
  province: 'province',
  facilitator: 'facilitator',
} as const;

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Create or edit a workshop's details. The date is picked and shown in the Buddhist era, and stored as ISO. */
export function WorkshopForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: WorkshopFields;
  onSubmit(fields: WorkshopFields): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [fields, setFields] = useState<WorkshopFields>(
    initial ?? { name: '', group: '', tambon: '', amphoe: '', province: '', date: todayIso(), facilitator: '' },
  );
  const errorText = useErrorText();
  /** Problems by field, from the same schema the host checks; shown in the UI language. */
  const [problems, setProblems] = useState<Partial<Record<keyof WorkshopFields, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (fields.date === '') return setError(t('dateInvalid')); // the date field says what is wrong with it
    const parsed = workshopFieldsSchema.safeParse(fields);
    setError(null);
    if (!parsed.success) {
      const found: Partial<Record<keyof WorkshopFields, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof WorkshopFields;
        found[field] ??= say(lang, issueMessage(issue, WORKSHOP_FIELD_NAMES));
      }
      setProblems(found);
      const first = Object.keys(found)[0];
      if (first) document.querySelector<HTMLInputElement>(`[data-testid=workshop-form] [name=${first}]`)?.focus();
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={initial ? t('rename') : t('newWorkshop')} onClose={onCancel} testId="workshop-form">
      {/* noValidate: our own messages, in the UI language, instead of the browser's bubbles. */}
      <form onSubmit={submit} className="form-grid" noValidate>
        {FIELDS.map((f) => (
          <label key={f}>
            <span>
              {t(LABELS[f])}
              {f === 'name' ? ' *' : ''}
            </span>
            <input
              name={f}
              value={fields[f]}
              maxLength={200}
              aria-invalid={problems[f] ? true : undefined}
              autoFocus={f === 'name'}
              onChange={(e) => setFields({ ...fields, [f]: e.target.value })}
            />
            {problems[f] && (
              <small className="field-problem" role="alert" data-testid={`problem-${f}`}>
                {problems[f]}
              </small>
            )}
          </label>
        ))}
        <label>
          <span>{t('date')}</span>
          <BuddhistDateField value={fields.date} lang={lang} onChange={(date) => setFields({ ...fields, date: date ?? '' })} />
          {problems.date && (
            <small className="field-problem" role="alert" data-testid="problem-date">
              {problems.date}
            </small>
          )}
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="workshop-submit">
            {initial ? t('save') : t('create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
