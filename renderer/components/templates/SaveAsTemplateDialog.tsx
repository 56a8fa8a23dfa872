import { useEffect, useState } from 'react';
import type { Board } from '../../../shared/model/Board';
import { LIMITS } from '../../../shared/model/limits';
import type { Template } from '../../../shared/model/Template';
import type { TemplateSetSummary } from '../../../shared/templates/templateSetFile';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useErrorText, useT } from '../../app/useT';
import { Dialog } from '../Dialog';
import { refreshLibrary, uniqueTemplateId } from './setActions';

const NEW_SET = '';

/**
 * Saves the board's layout (with its edited blocks) as a new template in a template set: one of the
 * facilitator's own sets, or a new set copied from the one in use.
 */
export function SaveAsTemplateDialog({ board, onClose }: { board: Board; onClose(): void }) {
  const store = useAppStore();
  const t = useT();
  const errorText = useErrorText();
  const library = useApp((s) => s.library);
  const source = library?.templates.find((x) => x.id === board.templateId);
  const [sets, setSets] = useState<TemplateSetSummary[]>([]);
  const [target, setTarget] = useState(NEW_SET);
  const [nameTh, setNameTh] = useState(board.title);
  const [nameEn, setNameEn] = useState(source?.name_en ? `${source.name_en} (custom)` : '');
  const [setName, setSetName] = useState(t('copyOf', { name: t('setInUse') }));
  const [useNow, setUseNow] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void store.host['templateSets.list']({}).then((l) => {
      const own = l.sets.filter((s) => !s.builtin);
      setSets(own);
      if (own.some((s) => s.id === l.activeId)) setTarget(l.activeId);
    });
  }, [store]);

  const save = async () => {
    try {
      const base =
        target === NEW_SET
          ? { name: setName.trim(), templates: library!.templates, process: library!.process }
          : await store.host['templateSets.get']({ id: target });
      const template: Template = {
        id: uniqueTemplateId(
          base.templates.map((x) => x.id),
          nameEn,
        ),
        name_th: nameTh.trim(),
        name_en: nameEn.trim(),
        description_th: source?.description_th ?? '',
        description_en: source?.description_en ?? '',
        orientation: source?.orientation ?? (board.layout.kind === 'canvas' ? 'landscape' : 'portrait'),
        layout: structuredClone(board.layout),
      };
      const saved = await store.host['templateSets.save']({
        ...(target === NEW_SET ? {} : { id: target }),
        name: base.name,
        templates: [...base.templates, template],
        process: base.process,
      });
      if (useNow) store.setState({ library: await store.host['templateSets.activate']({ id: saved.id }) });
      else await refreshLibrary(store);
      store.getState().showToast(t('setSaved', { name: saved.name }));
      onClose();
    } catch (e) {
      setProblem(errorText(e));
    }
  };

  return (
    <Dialog title={t('saveAsTemplate')} onClose={onClose} testId="save-template">
      <div className="form-grid">
        <label>
          <span>{t('templateNameTh')}</span>
          <input data-testid="template-name-th" value={nameTh} maxLength={LIMITS.title} onChange={(e) => setNameTh(e.target.value)} />
        </label>
        <label>
          <span>{t('templateNameEn')}</span>
          <input data-testid="template-name-en" value={nameEn} maxLength={LIMITS.title} onChange={(e) => setNameEn(e.target.value)} />
        </label>
        <label>
          <span>{t('targetSet')}</span>
          <select data-testid="template-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value={NEW_SET}>{t('newSet')}</option>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {target === NEW_SET && (
          <label>
            <span>{t('newSetName')}</span>
            <input data-testid="new-set-name" value={setName} maxLength={LIMITS.title} onChange={(e) => setSetName(e.target.value)} />
          </label>
        )}
        <label className="check-field">
          <input type="checkbox" checked={useNow} onChange={(e) => setUseNow(e.target.checked)} />
          <span>{t('useAfterSave')}</span>
        </label>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="dialog-buttons">
        <button onClick={onClose}>{t('cancel')}</button>
        <button
          className="primary"
          data-testid="save-template-submit"
          disabled={!library || nameTh.trim() === '' || (target === NEW_SET && setName.trim() === '')}
          onClick={() => void save()}
        >
          {t('save')}
        </button>
      </div>
    </Dialog>
  );
}
