import { useCallback, useEffect, useState } from 'react';
import type { WorkshopListEntry, WorkshopSummary } from '../../shared/model/Workshop';
import { formatBuddhistDate, placeParts } from '../../shared/i18n';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { describeError } from '../host/describeError';
import { DamagedWorkshopCard } from './DamagedWorkshopCard';
import { ConfirmDialog } from './Dialog';
import { WorkshopForm } from './WorkshopForm';
import { perform } from '../actions/dispatcher';
import { ExportWorkshopFileButton, ImportWorkshopFileButton } from './WorkshopFileButtons';

/** The first screen: every workshop on this computer, newest first. */
export function WorkshopList() {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [list, setList] = useState<WorkshopListEntry[] | null>(null);
  const [form, setForm] = useState<{ edit?: WorkshopSummary } | null>(null);
  const [deleting, setDeleting] = useState<WorkshopListEntry | null>(null);

  const reload = useCallback(async () => {
    try {
      setList(await store.host['workshops.list']({}));
    } catch (e) {
      store.getState().showToast(t('loadFailed', { message: describeError(store.getState().lang, e) }), 'error');
      setList([]);
    }
  }, [store]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => void reload(), [reload]);

  const open = (id: string) => store.getState().setScreen({ kind: 'workshop', workshopId: id, boardId: null });

  return (
    <main className="workshop-list">
      <header className="list-header">
        <div>
          <h1>{t('workshops')}</h1>
          <p className="muted">{t('tagline')}</p>
        </div>
        <div className="header-actions">
          <button data-testid="open-backups" onClick={() => store.getState().setScreen({ kind: 'backups' })}>
            {t('backups')}
          </button>
          <ImportWorkshopFileButton onImported={reload} />
          <button className="primary" data-testid="new-workshop" onClick={() => setForm({})}>
            + {t('newWorkshop')}
          </button>
        </div>
      </header>
      {list !== null && list.length === 0 && <p className="empty">{t('noWorkshops')}</p>}
      <ul className="cards">
        {list?.map((w) =>
          w.damaged ? (
            <DamagedWorkshopCard key={w.id} workshop={w} onDelete={() => setDeleting(w)} />
          ) : (
            <li key={w.id} className="card" data-testid="workshop-card">
              <button className="card-open" onClick={() => open(w.id)}>
                <strong>{w.name}</strong>
                <span>{[w.group, ...placeParts(lang, w)].filter(Boolean).join(' · ')}</span>
                <span className="muted">
                  {formatBuddhistDate(w.date, lang)}
                  {w.facilitator ? ` · ${w.facilitator}` : ''}
                </span>
                <span className="muted">
                  {t('boardsCount', { n: w.boardCount })} · {t('notesCount', { n: w.noteCount })} · {t('stepsDone', { n: w.stepsDone })}
                </span>
              </button>
              <div className="card-actions">
                <button data-testid="workshop-edit" onClick={() => setForm({ edit: w })}>
                  {t('rename')}
                </button>
                <ExportWorkshopFileButton workshop={w} />
                <button className="danger" onClick={() => setDeleting(w)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {form && (
        <WorkshopForm
          initial={form.edit}
          onCancel={() => setForm(null)}
          onSubmit={async (fields) => {
            if (form.edit) await perform(store, 'workshop.patch', { workshopId: form.edit.id, fields });
            else {
              const w = await store.host['workshops.create']({ fields });
              setForm(null);
              return open(w.id);
            }
            setForm(null);
            await reload();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          message={t('confirmDeleteWorkshop', { name: deleting.name || t('workshopDamagedName') })}
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            try {
              await store.host['workshops.delete']({ id: deleting.id });
            } catch (e) {
              store.getState().showToast(describeError(store.getState().lang, e), 'error');
            }
            setDeleting(null);
            await reload();
          }}
        />
      )}
    </main>
  );
}
