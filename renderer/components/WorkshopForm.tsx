import { useState } from 'react';
import type { WorkshopFields } from '../../shared/model/Workshop';
import { workshopFieldsSchema } from '../../shared/model/Workshop';
import { formatBuddhistDate } from '../../shared/i18n';
import { useApp } from '../app/StoreContext';
import { useT } from '../app/useT';
import { Dialog } from './Dialog';

const FIELDS = ['name', 'group', 'tambon', 'amphoe', 'province', 'facilitator'] as const;
const LABELS = { name: 'workshopName', group: 'group', tambon: 'tambon', amphoe: 'amphoe', province: 'province', facilitator: 'facilitator' } as const;

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Create or edit a workshop's details. The date is picked as a date and shown in the Buddhist era. */
export function WorkshopForm({ initial, onSubmit, onCancel }: {
  initial?: WorkshopFields;
  onSubmit(fields: WorkshopFields): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [fields, setFields] = useState<WorkshopFields>(
    initial ?? { name: '', group: '', tambon: '', amphoe: '', province: '', date: todayIso(), facilitator: '' },
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = workshopFieldsSchema.safeParse(fields);
    if (!parsed.success) return setError(parsed.error.issues.map((i) => i.message).join('; '));
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog title={initial ? t('rename') : t('newWorkshop')} onClose={onCancel} testId="workshop-form">
      <form onSubmit={submit} className="form-grid">
        {FIELDS.map((f) => (
          <label key={f}>
            <span>{t(LABELS[f])}{f === 'name' ? ' *' : ''}</span>
            <input
              name={f}
              value={fields[f]}
              maxLength={200}
              required={f === 'name'}
              autoFocus={f === 'name'}
              onChange={(e) => setFields({ ...fields, [f]: e.target.value })}
            />
          </label>
        ))}
        <label>
          <span>{t('date')}</span>
          <input type="date" name="date" value={fields.date} required onChange={(e) => setFields({ ...fields, date: e.target.value })} />
          <small className="be-date" data-testid="be-date">{formatBuddhistDate(fields.date, lang)}</small>
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
          <button type="submit" className="primary" disabled={busy} data-testid="workshop-submit">{initial ? t('save') : t('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
