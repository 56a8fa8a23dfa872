import { useState } from 'react';
import type { PdfRequestInput } from '../../shared/contract/pdfRequest';
import { pick } from '../../shared/i18n';
import { allSteps } from '../../shared/process/Process';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { exportPdf } from '../host/exportPdf';
import { Dialog } from './Dialog';
import { describeError } from '../host/describeError';

type Kind = 'pack' | 'board' | 'blank' | 'step';

/** One place to print anything: the whole pack, this board, a blank worksheet, or a step's packet. */
export function ExportPdfDialog({ onClose }: { onClose(): void }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const doc = useApp((s) => s.doc);
  const library = useApp((s) => s.library);
  const screen = useApp((s) => s.screen);
  const boardId = screen.kind === 'workshop' ? screen.boardId : null;
  const board = boardId ? doc?.boards[boardId] : undefined;
  const steps = library ? allSteps(library.process) : [];
  const [kind, setKind] = useState<Kind>(board ? 'board' : 'pack');
  const [paper, setPaper] = useState<'A4' | 'A3'>('A4');
  const [templateId, setTemplateId] = useState(board?.templateId ?? library?.templates[0]?.id ?? '');
  const [stepId, setStepId] = useState(steps[0]?.id ?? '');
  const [filled, setFilled] = useState(true);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; queued: boolean } | null>(null);

  const request = (): PdfRequestInput => {
    switch (kind) {
      case 'pack':
        return { kind, paper, lang };
      case 'board':
        return { kind, boardId: boardId!, paper, lang };
      case 'blank':
        return { kind, templateId, paper, lang };
      case 'step':
        return { kind, stepId, filled, paper, lang };
    }
  };

  const go = async () => {
    setBusy(true);
    const s = store.getState();
    try {
      await store.saves.flush(); // print what is on screen: everything queued is stored first
      const result = await exportPdf(store.host, doc?.workshop.id ?? null, request(), (done, total, queued) =>
        setProgress({ done, total, queued }),
      );
      if (result.saved) s.showToast(t('pdfSaved', { name: result.path ?? result.fileName }));
      onClose();
    } catch (e) {
      s.showToast(t('pdfFailed', { message: describeError(s.lang, e) }), 'error');
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('exportPdf')} onClose={onClose} testId="export-pdf-dialog">
      <fieldset className="pdf-kinds" disabled={busy}>
        {(['pack', 'board', 'blank', 'step'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="pdf-kind"
              value={k}
              checked={kind === k}
              disabled={k === 'board' && !board}
              onChange={() => setKind(k)}
              data-testid={`pdf-kind-${k}`}
            />
            {t(({ pack: 'pdfKindPack', board: 'pdfKindBoard', blank: 'pdfKindBlank', step: 'pdfKindStep' } as const)[k])}
            {k === 'board' && board ? ` — ${board.title}` : ''}
          </label>
        ))}
        {kind === 'blank' && (
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-testid="pdf-template">
            {library?.templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {pick(lang, tpl.name_th, tpl.name_en)}
              </option>
            ))}
          </select>
        )}
        {kind === 'step' && (
          <>
            <select value={stepId} onChange={(e) => setStepId(e.target.value)} data-testid="pdf-step">
              {steps.map((st) => (
                <option key={st.id} value={st.id}>
                  {st.number}. {pick(lang, st.name_th, st.name_en)}
                </option>
              ))}
            </select>
            <label>
              <input type="checkbox" checked={filled} onChange={(e) => setFilled(e.target.checked)} /> {t('pdfFilled')}
            </label>
          </>
        )}
        <label className="inline-field">
          <span>{t('pdfPaper')}</span>
          <select value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'A3')}>
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </label>
      </fieldset>
      {busy && (
        <p className="muted pdf-progress" role="status" data-testid="pdf-progress">
          <progress max={progress?.total ?? 1} value={progress ? progress.done : undefined} />
          {progress?.queued ? t('pdfQueued') : t('pdfExporting')}{' '}
          {progress && !progress.queued && progress.total > 1 ? `${progress.done}/${progress.total}` : ''}
        </p>
      )}
      <div className="dialog-buttons">
        <button onClick={onClose}>{t('cancel')}</button>
        <button className="primary" onClick={go} disabled={busy} data-testid="pdf-go">
          {t('pdfGo')}
        </button>
      </div>
    </Dialog>
  );
}
