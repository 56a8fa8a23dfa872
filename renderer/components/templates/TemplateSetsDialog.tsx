import { useEffect, useState } from 'react';
import type { TemplateSetSummary } from '../../../shared/templates/templateSetFile';
import { useAppStore } from '../../app/StoreContext';
import { useErrorText, useT } from '../../app/useT';
import { ConfirmDialog, Dialog } from '../Dialog';
import { downloadText, refreshLibrary } from './setActions';
import { SetStepsDialog } from './SetStepsDialog';

/** Lists template sets; use, copy, export, import, delete them, and edit a set's steps. */
export function TemplateSetsDialog({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const host = store.host;
  const t = useT();
  const errorText = useErrorText();
  const [list, setList] = useState<{ sets: TemplateSetSummary[]; activeId: string } | null>(null);
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const [deleting, setDeleting] = useState<TemplateSetSummary | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const reload = async () => setList(await host['templateSets.list']({}));
  useEffect(() => void reload(), []); // eslint-disable-line react-hooks/exhaustive-deps
  /** Runs one action; its failure is shown in words, optionally framed ("Import failed: …"). */
  const attempt = async (work: () => Promise<string | void>, frame: (text: string) => string = (text) => text) => {
    try {
      const done = await work();
      setMessage(done ? { text: done, kind: 'info' } : null);
    } catch (e) {
      setMessage({ text: frame(errorText(e)), kind: 'error' });
    }
    await reload();
  };

  const use = (id: string) =>
    attempt(async () => {
      store.setState({ library: await host['templateSets.activate']({ id }) });
    });
  const copy = (s: TemplateSetSummary) =>
    attempt(async () => {
      const set = await host['templateSets.get']({ id: s.id });
      const saved = await host['templateSets.save']({
        name: t('copyOf', { name: s.name }).slice(0, 200),
        templates: set.templates,
        process: set.process,
      });
      return t('setSaved', { name: saved.name });
    });
  const exportSet = (id: string) =>
    attempt(async () => {
      const file = await host['templateSets.export']({ id });
      downloadText(file.fileName, file.text);
    });
  const importFile = (file: File) =>
    attempt(
      async () => {
        const saved = await host['templateSets.import']({ text: await file.text() });
        return t('imported', { name: saved.name });
      },
      (text) => t('importFailed', { message: text }),
    );

  if (editing)
    return (
      <SetStepsDialog
        setId={editing}
        onClose={() => {
          setEditing(null);
          void refreshLibrary(store);
        }}
      />
    );
  if (deleting) {
    return (
      <ConfirmDialog
        message={t('confirmDeleteSet', { name: deleting.name })}
        confirmLabel={t('deleteSet')}
        cancelLabel={t('cancel')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const id = deleting.id;
          setDeleting(null);
          void attempt(async () => {
            await host['templateSets.delete']({ id });
            await refreshLibrary(store);
          });
        }}
      />
    );
  }
  return (
    <Dialog title={t('templateSets')} onClose={onClose} testId="template-sets">
      <p className="muted">{t('templateSetsIntro')}</p>
      <ul className="set-list">
        {list?.sets.map((s) => (
          <li key={s.id} data-testid={`set-${s.id}`} className={s.id === list.activeId ? 'active' : ''}>
            <div className="set-name">
              <strong>{s.name}</strong>
              <small className="muted">
                {t('setCounts', { t: s.templateCount, s: s.stepCount })}
                {s.builtin ? ` · ${t('builtinSet')}` : ''}
              </small>
            </div>
            <div className="set-actions">
              {s.id === list.activeId ? (
                <span className="prov-badge confirmed">{t('activeSet')}</span>
              ) : (
                <button className="small" data-testid="set-use" onClick={() => void use(s.id)}>
                  {t('useSet')}
                </button>
              )}
              {!s.builtin && (
                <button className="small" data-testid="set-edit-steps" onClick={() => setEditing(s.id)}>
                  {t('editSteps')}
                </button>
              )}
              <button className="small" data-testid="set-copy" onClick={() => void copy(s)}>
                {t('copySet')}
              </button>
              <button className="small" data-testid="set-export" onClick={() => void exportSet(s.id)}>
                {t('exportSet')}
              </button>
              {!s.builtin && (
                <button className="small danger" data-testid="set-delete" onClick={() => setDeleting(s)}>
                  {t('deleteSet')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'form-ok'} role="alert" data-testid="sets-message">
          {message.text}
        </p>
      )}
      <div className="dialog-buttons">
        <label className="file-button">
          <input
            type="file"
            accept=".json,application/json"
            data-testid="set-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          <span>{t('importSet')}</span>
        </label>
        <span className="spacer" />
        <button className="primary" data-testid="sets-close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}
