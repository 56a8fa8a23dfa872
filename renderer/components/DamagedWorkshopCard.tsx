import { describeRecordProblem } from '../../shared/i18n/recordProblems';
import type { DamagedWorkshop } from '../../shared/model/Workshop';
import { useApp } from '../app/StoreContext';
import { useT } from '../app/useT';

/** A workshop whose record cannot be read: marked, with the reason, and no way in but delete. */
export function DamagedWorkshopCard({ workshop, onDelete }: { workshop: DamagedWorkshop; onDelete(): void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <li className="card damaged" data-testid="workshop-card" data-damaged="true">
      <div className="card-open" aria-disabled="true">
        <strong>
          <span className="damaged-badge">⚠ {t('workshopDamaged')}</span> {workshop.name || t('workshopDamagedName')}
        </strong>
        <span data-testid="damaged-reason">{describeRecordProblem(lang, workshop.damaged)}</span>
        <span className="muted">{t('workshopDamagedHint')}</span>
      </div>
      <div className="card-actions">
        <button className="danger" onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
