import { useState } from 'react';
import { LIMITS } from '../../../shared/model/limits';
import type { BlockDef } from '../../../shared/model/Template';
import { pick } from '../../../shared/i18n';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { ConfirmDialog, Dialog } from '../Dialog';
import { notesIn, type CanvasBoard } from '../../../shared/edits/blocks';
import { perform } from '../../actions/dispatcher';
import type { EditOutcome } from '../../actions/commitEdit';
import { PlacementFields } from './PlacementFields';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Edits one block of the board's own layout: titles, guiding questions, place and size; or removes it. */
export function BlockEditDialog({ board, block, onClose }: { board: CanvasBoard; block: BlockDef; onClose(): void }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const [labelTh, setLabelTh] = useState(block.label_th);
  const [labelEn, setLabelEn] = useState(block.label_en);
  const [qTh, setQTh] = useState(block.questions_th.join('\n'));
  const [qEn, setQEn] = useState(block.questions_en.join('\n'));
  const [place, setPlace] = useState({ col: block.col, row: block.row, colSpan: block.colSpan, rowSpan: block.rowSpan });
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const show = (done: EditOutcome | null) => {
    if (done?.ok) onClose();
    else if (done && done.problems.length > 0)
      setProblem(t('layoutProblem', { message: done.problems.map((m) => t(m.key, m.vars)).join('; ') }));
  };
  const save = () =>
    show(
      perform(store, 'block.edit', {
        boardId: board.id,
        blockId: block.id,
        patch: { label_th: labelTh.trim(), label_en: labelEn.trim(), questions_th: lines(qTh), questions_en: lines(qEn), ...place },
      }),
    );
  const remove = () => show(perform(store, 'block.remove', { boardId: board.id, blockId: block.id }));
  const held = notesIn(store.getState().doc!, board.id, block.id).length;

  if (confirming) {
    return (
      <ConfirmDialog
        message={t('confirmRemoveBlock', { name: pick(lang, block.label_th, block.label_en), n: held })}
        confirmLabel={t('removeBlock')}
        cancelLabel={t('cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={remove}
      />
    );
  }
  return (
    <Dialog title={t('editBlock')} onClose={onClose} testId="block-dialog">
      <div className="form-grid">
        <label>
          <span>{t('blockTitleTh')}</span>
          <input data-testid="block-label-th" value={labelTh} maxLength={LIMITS.title} onChange={(e) => setLabelTh(e.target.value)} />
        </label>
        <label>
          <span>{t('blockTitleEn')}</span>
          <input data-testid="block-label-en" value={labelEn} maxLength={LIMITS.title} onChange={(e) => setLabelEn(e.target.value)} />
        </label>
        <label>
          <span>{t('questionsTh')}</span>
          <textarea data-testid="block-questions-th" rows={5} value={qTh} onChange={(e) => setQTh(e.target.value)} />
        </label>
        <label>
          <span>{t('questionsEn')}</span>
          <textarea data-testid="block-questions-en" rows={5} value={qEn} onChange={(e) => setQEn(e.target.value)} />
        </label>
        <PlacementFields grid={board.layout.grid} value={place} onChange={setPlace} />
        {problem && (
          <p className="form-error" role="alert" data-testid="block-problem">
            {problem}
          </p>
        )}
      </div>
      <div className="dialog-buttons">
        <button className="danger" data-testid="block-remove" onClick={() => (held > 0 ? setConfirming(true) : remove())}>
          {t('removeBlock')}
        </button>
        <span className="spacer" />
        <button onClick={onClose}>{t('cancel')}</button>
        <button className="primary" data-testid="block-save" disabled={labelTh.trim() === ''} onClick={save}>
          {t('save')}
        </button>
      </div>
    </Dialog>
  );
}
