import { pick } from '../../../shared/i18n';
import type { StepStatus } from '../../../shared/model/StepState';
import { useApp } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { progress, stepState } from '../../../shared/process/stepQueries';

const MARK: Record<StepStatus, string> = { todo: '○', doing: '◐', done: '●' };

/** Both processes and their steps, each with its status, and the workshop's overall progress. */
export function StepNavigator({ selected, onSelect }: { selected: string | null; onSelect(stepId: string): void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const doc = useApp((s) => s.doc);
  const process = useApp((s) => s.library?.process);
  if (!doc || !process) return null;
  const { done, total } = progress(process, doc);

  return (
    <nav className="step-nav" data-testid="step-nav" aria-label={t('tabSteps')}>
      <div className="step-progress" data-testid="step-progress" data-done={done} data-total={total}>
        <span>{t('progress', { done, total })}</span>
        <span className="progress-bar" aria-hidden>
          <span style={{ width: `${total === 0 ? 0 : (done / total) * 100}%` }} />
        </span>
      </div>
      {process.phases.map((phase) => (
        <section key={phase.id} className="step-phase">
          <h4>{pick(lang, phase.name_th, phase.name_en)}</h4>
          <ol>
            {phase.steps.map((step) => {
              const status = stepState(doc, step.id).status;
              return (
                <li key={step.id}>
                  <button
                    className={`step-link ${status}${step.id === selected ? ' current' : ''}`}
                    data-testid={`step-${step.id}`}
                    data-status={status}
                    aria-current={step.id === selected ? 'step' : undefined}
                    onClick={() => onSelect(step.id)}
                  >
                    <span className="step-num">{step.number}</span>
                    <span className="step-name">{pick(lang, step.name_th, step.name_en)}</span>
                    <span className={`step-status ${status}`} title={t(`status_${status}`)}>
                      {MARK[status]} {t(`status_${status}`)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </nav>
  );
}
