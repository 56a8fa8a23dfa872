import { pick } from '../../../shared/i18n';
import type { StepDef } from '../../../shared/process/Process';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { boardsOfTemplate } from '../../../shared/process/stepQueries';
import { perform } from '../../actions/dispatcher';

/**
 * The step's worksheets: boards already made from each worksheet template (open them), and a button
 * to make one from the template. A workshop may hold several boards of one kind (one per group).
 */
export function StepWorksheets({ step, boardId, onOpenBoard }: { step: StepDef; boardId: string | null; onOpenBoard(id: string): void }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const doc = useApp((s) => s.doc);
  const templates = useApp((s) => s.library?.templates ?? []);
  if (!doc) return null;

  return (
    <section className="step-worksheets">
      <h3>{t('worksheets')}</h3>
      <ul>
        {step.worksheets.map((tid) => {
          const tpl = templates.find((x) => x.id === tid);
          const boards = boardsOfTemplate(doc, tid);
          const name = tpl ? pick(lang, tpl.name_th, tpl.name_en) : tid;
          const create = () => {
            if (!tpl) return;
            const title = boards.length === 0 ? name : `${name} (${boards.length + 1})`;
            const id = perform(store, 'board.addFromTemplate', { template: tpl, title });
            if (id) onOpenBoard(id);
          };
          return (
            <li key={tid} className="worksheet" data-testid={`worksheet-${tid}`}>
              <div className="worksheet-head">
                <strong>{name}</strong>
                <small className="muted">{tpl?.layout.kind === 'table' ? '▦' : '▢'}</small>
              </div>
              {boards.map((b) => (
                <button
                  key={b.id}
                  className={b.id === boardId ? 'worksheet-board current' : 'worksheet-board'}
                  data-testid={`open-board-${b.id}`}
                  onClick={() => onOpenBoard(b.id)}
                >
                  {b.title}
                </button>
              ))}
              {boards.length === 0 && <small className="muted">{t('notCreated')}</small>}
              <button
                className={boards.length === 0 ? 'primary small' : 'small'}
                data-testid={`create-${tid}`}
                disabled={!tpl}
                onClick={create}
              >
                + {boards.length === 0 ? t('createWorksheet') : t('addAnother')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
