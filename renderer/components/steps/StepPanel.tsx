import { useEffect, useState } from 'react';
import { pick } from '../../../shared/i18n';
import { LIMITS } from '../../../shared/model/limits';
import { STEP_STATUSES } from '../../../shared/model/StepState';
import { allSteps } from '../../../shared/process/Process';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { stepState } from '../../../shared/process/stepQueries';
import { perform } from '../../actions/dispatcher';
import { StepWorksheets } from './StepWorksheets';

/** One step: its purpose, what happens, questions to ask, worksheets, outputs to tick and the facilitator's notes. */
export function StepPanel({
  stepId,
  boardId,
  onOpenBoard,
  onClose,
}: {
  stepId: string;
  boardId: string | null;
  onOpenBoard(id: string): void;
  onClose(): void;
}) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const doc = useApp((s) => s.doc);
  const process = useApp((s) => s.library?.process);
  const step = process ? allSteps(process).find((s) => s.id === stepId) : undefined;
  const state = doc ? stepState(doc, stepId) : null;
  const [notes, setNotes] = useState(state?.notes ?? '');
  // An undo (or another step) changes the stored notes: show what is stored.
  useEffect(() => setNotes(state?.notes ?? ''), [state?.notes, stepId]);
  if (!doc || !step || !state) return null;

  const questions = lang === 'en' && step.questions_en.length > 0 ? step.questions_en : step.questions_th;

  return (
    <aside className="step-panel" data-testid="step-panel" data-step={step.id}>
      <header className="step-panel-head">
        <div>
          <small className="muted">{t('stepNumber', { n: step.number })}</small>
          <h2>{pick(lang, step.name_th, step.name_en)}</h2>
        </div>
        <button className="icon" onClick={onClose} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </header>
      <div className="status-switch" role="radiogroup" aria-label={t('stepStatus')}>
        {STEP_STATUSES.map((st) => (
          <button
            key={st}
            role="radio"
            aria-checked={state.status === st}
            className={`status-option ${st}${state.status === st ? ' on' : ''}`}
            data-testid={`status-${st}`}
            onClick={() => perform(store, 'step.setStatus', { stepId: step.id, status: st })}
          >
            {t(`status_${st}`)}
          </button>
        ))}
      </div>
      {step.purpose_th && (
        <section>
          <h3>{t('purpose')}</h3>
          <p>{pick(lang, step.purpose_th, step.purpose_en)}</p>
        </section>
      )}
      <StepWorksheets step={step} boardId={boardId} onOpenBoard={onOpenBoard} />
      {step.activities_th && (
        <section>
          <h3>{t('activities')}</h3>
          <p className="pre-line">{pick(lang, step.activities_th, step.activities_en)}</p>
        </section>
      )}
      {questions.length > 0 && (
        <section>
          <h3>{t('guidingQuestions')}</h3>
          <ul className="questions">
            {questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        </section>
      )}
      {step.outputs.length > 0 && (
        <section>
          <h3>{t('outputs')}</h3>
          <ul className="checklist" data-testid="step-outputs">
            {step.outputs.map((o) => (
              <li key={o.id}>
                <label>
                  <input
                    type="checkbox"
                    data-testid={`output-${o.id}`}
                    checked={state.checked.includes(o.id)}
                    onChange={(e) => perform(store, 'step.toggleOutput', { stepId: step.id, outputId: o.id, on: e.target.checked })}
                  />
                  <span>{pick(lang, o.label_th, o.label_en)}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('facilitatorNotes')}</h3>
        <textarea
          className="step-notes"
          data-testid="step-notes"
          value={notes}
          maxLength={LIMITS.longText}
          placeholder={t('facilitatorNotesHint')}
          rows={5}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => perform(store, 'step.setNotes', { stepId: step.id, notes })}
        />
      </section>
    </aside>
  );
}
