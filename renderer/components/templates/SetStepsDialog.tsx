import { useEffect, useState } from 'react';
import { pick } from '../../../shared/i18n';
import { LIMITS } from '../../../shared/model/limits';
import { allSteps, type StepDef } from '../../../shared/process/Process';
import type { TemplateSet } from '../../../shared/templates/templateSetFile';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useErrorText, useT } from '../../app/useT';
import { Dialog } from '../Dialog';
import { describeError } from '../../host/describeError';

type TextKey = 'name_th' | 'name_en' | 'purpose_th' | 'purpose_en' | 'activities_th' | 'activities_en';
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Renames a set's steps and edits their texts. Ids, worksheets and outputs stay as they are. */
export function SetStepsDialog({ setId, onClose }: { setId: string; onClose(): void }) {
  const store = useAppStore();
  const t = useT();
  const errorText = useErrorText();
  const lang = useApp((s) => s.lang);
  const [set, setSet] = useState<TemplateSet | null>(null);
  const [stepId, setStepId] = useState<string>('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void store.host['templateSets.get']({ id: setId }).then(
      (s) => {
        setSet(s);
        setStepId(allSteps(s.process)[0]?.id ?? '');
      },
      (e) => setProblem(describeError(store.getState().lang, e)),
    );
  }, [store, setId]);

  const step = set ? allSteps(set.process).find((s) => s.id === stepId) : undefined;
  const change = (patch: Partial<StepDef>) => {
    if (!set) return;
    const phases = set.process.phases.map((ph) => ({ ...ph, steps: ph.steps.map((s) => (s.id === stepId ? { ...s, ...patch } : s)) }));
    setSet({ ...set, process: { ...set.process, phases } });
  };
  const text = (key: TextKey, label: string, rows = 1) => (
    <label>
      <span>{label}</span>
      {rows === 1 ? (
        <input
          data-testid={`step-edit-${key}`}
          value={step?.[key] ?? ''}
          maxLength={LIMITS.title}
          onChange={(e) => change({ [key]: e.target.value })}
        />
      ) : (
        <textarea
          data-testid={`step-edit-${key}`}
          rows={rows}
          value={step?.[key] ?? ''}
          maxLength={LIMITS.longText}
          onChange={(e) => change({ [key]: e.target.value })}
        />
      )}
    </label>
  );
  const save = async () => {
    if (!set) return;
    try {
      const { createdAt: _c, updatedAt: _u, ...content } = set;
      const phases = content.process.phases.map((ph) => ({
        ...ph,
        steps: ph.steps.map((s) => ({
          ...s,
          questions_th: lines(s.questions_th.join('\n')),
          questions_en: lines(s.questions_en.join('\n')),
        })),
      }));
      await store.host['templateSets.save']({ ...content, process: { ...content.process, phases } });
      onClose();
    } catch (e) {
      setProblem(errorText(e));
    }
  };

  return (
    <Dialog title={`${t('editSteps')}${set ? `: ${set.name}` : ''}`} onClose={onClose} testId="set-steps">
      {set && step && (
        <div className="form-grid">
          <label className="wide">
            <span>{t('chooseStep')}</span>
            <select data-testid="step-edit-choose" value={stepId} onChange={(e) => setStepId(e.target.value)}>
              {allSteps(set.process).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.number}. {pick(lang, s.name_th, s.name_en)}
                </option>
              ))}
            </select>
          </label>
          {text('name_th', t('stepNameTh'))}
          {text('name_en', t('stepNameEn'))}
          {text('purpose_th', t('purposeTh'), 3)}
          {text('purpose_en', t('purposeEn'), 3)}
          {text('activities_th', t('activitiesTh'), 5)}
          {text('activities_en', t('activitiesEn'), 5)}
          <label>
            <span>{t('questionsTh')}</span>
            <textarea
              rows={4}
              value={step.questions_th.join('\n')}
              onChange={(e) => change({ questions_th: e.target.value.split('\n') })}
              onBlur={() => change({ questions_th: lines(step.questions_th.join('\n')) })}
            />
          </label>
          <label>
            <span>{t('questionsEn')}</span>
            <textarea
              rows={4}
              value={step.questions_en.join('\n')}
              onChange={(e) => change({ questions_en: e.target.value.split('\n') })}
              onBlur={() => change({ questions_en: lines(step.questions_en.join('\n')) })}
            />
          </label>
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert" data-testid="set-steps-problem">
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        <button onClick={onClose}>{t('cancel')}</button>
        <button className="primary" data-testid="set-steps-save" disabled={!set || !step?.name_th.trim()} onClick={() => void save()}>
          {t('save')}
        </button>
      </div>
    </Dialog>
  );
}
