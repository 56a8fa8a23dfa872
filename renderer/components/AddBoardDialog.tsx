import { useState } from 'react';
import type { Template } from '../../shared/model/Template';
import { pick } from '../../shared/i18n';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { perform } from '../actions/dispatcher';
import { Dialog } from './Dialog';

export function AddBoardDialog({ onClose, onAdded }: { onClose(): void; onAdded(boardId: string): void }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const templates = useApp((s) => s.library?.templates ?? []);
  const [chosen, setChosen] = useState<Template | null>(templates[0] ?? null);
  const [title, setTitle] = useState(chosen ? pick(lang, chosen.name_th, chosen.name_en) : '');

  return (
    <Dialog title={t('addBoard')} onClose={onClose} testId="add-board-dialog">
      <div className="template-grid">
        {templates.map((tpl) => (
          <button
            key={tpl.id}
            data-testid={`template-${tpl.id}`}
            className={tpl === chosen ? 'template-choice chosen' : 'template-choice'}
            onClick={() => {
              setChosen(tpl);
              setTitle(pick(lang, tpl.name_th, tpl.name_en));
            }}
          >
            <strong>{pick(lang, tpl.name_th, tpl.name_en)}</strong>
            <small>
              {tpl.layout.kind === 'canvas'
                ? t('blockCount', { n: tpl.layout.blocks.length })
                : t('columnCount', { n: tpl.layout.columns.length })}
            </small>
          </button>
        ))}
      </div>
      <label className="inline-field">
        <span>{t('boardTitle')}</span>
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} data-testid="board-title" />
      </label>
      <div className="dialog-buttons">
        <button onClick={onClose}>{t('cancel')}</button>
        <button
          className="primary"
          data-testid="add-board-submit"
          disabled={!chosen || title.trim() === ''}
          onClick={() => {
            const id = chosen && perform(store, 'board.addFromTemplate', { template: chosen, title: title.trim() });
            if (id) onAdded(id);
          }}
        >
          {t('create')}
        </button>
      </div>
    </Dialog>
  );
}
