import { useEffect, useMemo, useState } from 'react';
import type { CanvasLayout } from '../../shared/model/Template';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { AddBoardDialog } from './AddBoardDialog';
import { ConfirmDialog } from './Dialog';
import { Toolbar } from './Toolbar';
import { formatBuddhistDate } from '../../shared/i18n';
import type { Board } from '../../shared/model/Board';
import type { TableLayout } from '../../shared/model/Template';
import { allSteps } from '../../shared/process/Process';
import { StepNavigator } from './steps/StepNavigator';
import { StepPanel } from './steps/StepPanel';
import { boardsOfTemplate } from '../../shared/process/stepQueries';
import { perform } from '../actions/dispatcher';
import { useSelectedStep } from './steps/useSelectedStep';
import { useFirstScreen } from './steps/useFirstScreen';
import { TableEditor } from './table/TableEditor';
import { TemplateBar } from './templates/TemplateBar';
import { PresentationView } from '../presentation/PresentationView';
import { QuickNote } from './phone/QuickNote';
import { PHONE_QUERY, TOUCH_QUERY, useMedia } from '../app/useMedia';

/** Inside a workshop: the steps (or its boards) on the left, the open board, and the chosen step's panel. */
export function WorkshopView({ workshopId, boardId }: { workshopId: string; boardId: string | null }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const doc = useApp((s) => s.doc);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Board | null>(null);
  const [tab, setTab] = useState<'steps' | 'boards'>('steps');
  const [stepId, setStepId] = useSelectedStep(workshopId);
  const process = useApp((s) => s.library?.process);
  const presenting = useApp((s) => s.presenting);
  const phone = useMedia(PHONE_QUERY);
  const touch = useMedia(TOUCH_QUERY);
  /** On a phone the steps and boards slide over the board, and only when asked for. */
  const [drawer, setDrawer] = useState(false);

  useEffect(() => {
    if (store.getState().doc?.workshop.id !== workshopId) void store.getState().loadWorkshop(workshopId);
    return () => store.getState().closeWorkshop();
  }, [store, workshopId]);

  const boards = useMemo(() => Object.values(doc?.boards ?? {}).sort((a, b) => a.order - b.order), [doc?.boards]);
  const openBoard = (id: string | null) => {
    setDrawer(false);
    store.getState().setScreen({ kind: 'workshop', workshopId, boardId: id });
  };
  const board = boardId ? doc?.boards[boardId] : undefined;
  useFirstScreen(workshopId, stepId, setStepId, openBoard);

  useEffect(() => {
    if (doc && !board && boards.length > 0) openBoard(boards[0]!.id);
  }, [doc, board, boards]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!doc || doc.workshop.id !== workshopId) return <main className="loading">…</main>;
  const w = doc.workshop;
  // Choosing a step shows its panel and opens its first worksheet, when one exists.
  const selectStep = (id: string) => {
    setStepId(id);
    const step = process && allSteps(process).find((x) => x.id === id);
    const first = step?.worksheets.flatMap((tid) => boardsOfTemplate(doc, tid))[0];
    if (first) openBoard(first.id);
  };

  return (
    <div className={drawer ? 'workshop-view drawer-open' : 'workshop-view'}>
      <button
        className="drawer-toggle phone-only"
        data-testid="drawer-toggle"
        aria-expanded={drawer}
        title={t('phoneSidebar')}
        aria-label={t('phoneSidebar')}
        onClick={() => setDrawer(!drawer)}
      >
        ☰
      </button>
      <aside className="sidebar">
        <div className="workshop-title">
          <strong data-testid="workshop-name">{w.name}</strong>
          <small className="muted">{[w.group, w.tambon, w.province].filter(Boolean).join(' · ')}</small>
          <small className="muted">{formatBuddhistDate(w.date, lang)}</small>
        </div>
        <div className="side-tabs" role="tablist">
          <button role="tab" aria-selected={tab === 'steps'} data-testid="tab-steps" onClick={() => setTab('steps')}>
            {t('tabSteps')}
          </button>
          <button role="tab" aria-selected={tab === 'boards'} data-testid="tab-boards" onClick={() => setTab('boards')}>
            {t('boards')}
          </button>
        </div>
        {tab === 'steps' && <StepNavigator selected={stepId} onSelect={selectStep} />}
        {tab === 'boards' && (
          <>
            <ul className="board-list">
              {boards.map((b) => (
                <li key={b.id} className={b.id === boardId ? 'current' : ''}>
                  <button className="board-link" data-testid="board-link" onClick={() => openBoard(b.id)}>
                    {b.title}
                    <small className="muted">{Object.values(doc.notes).filter((n) => n.boardId === b.id).length || ''}</small>
                  </button>
                  <button className="icon danger" title={t('deleteBoard')} aria-label={t('deleteBoard')} onClick={() => setDeleting(b)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            {boards.length === 0 && <p className="muted">{t('noBoards')}</p>}
            <button className="primary" data-testid="add-board" onClick={() => setAdding(true)}>
              + {t('addBoard')}
            </button>
          </>
        )}
      </aside>
      <section className="board-area">
        {board && board.layout.kind === 'canvas' && (
          <>
            <Toolbar boardId={board.id} />
            <TemplateBar board={board} />
            <BoardCanvas key={board.id} board={board as Board & { layout: CanvasLayout }} />
            {presenting && <PresentationView board={board as Board & { layout: CanvasLayout }} />}
            {phone && !presenting && <QuickNote board={board as Board & { layout: CanvasLayout }} />}
            <p className="hint">{t(touch ? 'hintTouch' : 'hintCanvas')}</p>
          </>
        )}
        {board && board.layout.kind === 'table' && (
          <>
            <TableEditor key={board.id} board={board as Board & { layout: TableLayout }} />
            <TemplateBar board={board} />
          </>
        )}
      </section>
      {stepId && <StepPanel stepId={stepId} boardId={boardId} onOpenBoard={openBoard} onClose={() => setStepId(null)} />}
      {adding && (
        <AddBoardDialog
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            setAdding(false);
            openBoard(id);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          message={t('confirmDeleteBoard', { name: deleting.title })}
          confirmLabel={t('delete')}
          cancelLabel={t('cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            perform(store, 'board.delete', { boardId: deleting.id });
            if (deleting.id === boardId) openBoard(null);
            setDeleting(null);
          }}
        />
      )}
    </div>
  );
}
