import { useEffect, useLayoutEffect, useRef } from 'react';
import { blockRects, zoneAt } from '../../shared/geometry/boardGeometry';
import { pick } from '../../shared/i18n';
import type { Board } from '../../shared/model/Board';
import type { CanvasLayout } from '../../shared/model/Template';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { perform } from '../actions/dispatcher';
import { useDrawnNotes } from '../canvas/useDrawnNotes';
import { fitViewport, toBoard } from '../canvas/viewport';
import { TimerControl } from '../timer/TimerControl';
import { focusViewport, panelWidth } from './focusViewport';
import { glide, stopGlide } from './glide';

/**
 * What presentation mode adds over the board: a transparent layer that turns a click into "focus
 * this block", and a side panel with the focused block's title and guiding questions in large type,
 * the timer and the keys. The view follows the focused block (and the window's size) by gliding.
 */
export function PresentationView({ board }: { board: Board & { layout: CanvasLayout } }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const focused = useApp((s) => s.focusedBlockId);
  const size = useApp((s) => s.canvasSize);
  const drawn = useDrawnNotes(board);
  const drawnRef = useRef(drawn);
  drawnRef.current = drawn;
  const block = focused ? board.layout.blocks.find((b) => b.id === focused) : undefined;

  // Glide to the focused block when it changes or the window does (not when a note changes).
  useLayoutEffect(() => {
    const s = store.getState();
    const from = s.viewports[board.id] ?? fitViewport(board.layout, size);
    const to = focusViewport(board.layout, focused, drawnRef.current, size);
    void glide(store, board.id, from, to, size);
  }, [store, board.id, board.layout, focused, size]);
  useEffect(() => stopGlide, []);

  // The browser leaves full screen by itself on Escape: leave presentation mode with it.
  useEffect(() => {
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (wasFull && !document.fullscreenElement) perform(store, 'present.leave');
      wasFull = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [store]);

  useEffect(() => {
    const api = (window as unknown as { __cbmc?: Record<string, unknown> }).__cbmc;
    if (api) api.presentation = { focusedBlockId: focused, blockIds: blockRects(board.layout).map((b) => b.id) };
  });

  const onClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const vp = store.getState().viewports[board.id] ?? fitViewport(board.layout, size);
    const box = e.currentTarget.getBoundingClientRect();
    const p = toBoard(vp, { x: e.clientX - box.left, y: e.clientY - box.top });
    const hit = zoneAt(board.layout, p);
    // A click on the block already shown, or outside every block, goes back to the whole board.
    perform(store, 'present.focus', { blockId: hit === focused ? null : hit });
  };

  const questions = block ? (lang === 'en' && block.questions_en.length > 0 ? block.questions_en : block.questions_th) : [];
  return (
    <>
      <div className="present-catcher" data-testid="present-catcher" onClick={onClick} />
      <aside className="present-panel" data-testid="present-panel" style={{ width: panelWidth(size.w) }} data-focused={focused ?? ''}>
        <h1 className="present-title" data-testid="present-title">
          {block ? pick(lang, block.label_th, block.label_en) : board.title}
        </h1>
        {block && lang === 'th' && block.label_en && <p className="present-sub">{block.label_en}</p>}
        {questions.length > 0 && (
          <ul className="present-questions" data-testid="present-questions">
            {questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ul>
        )}
        <span className="spacer" />
        <TimerControl big sound={false} />
        <nav className="present-nav">
          <button data-testid="present-prev" title={t('presentPrev')} onClick={() => perform(store, 'present.prev')}>
            ←
          </button>
          <button data-testid="present-whole" title={t('presentWhole')} onClick={() => perform(store, 'present.whole')}>
            {t('presentWholeBoard')}
          </button>
          <button data-testid="present-next" title={t('presentNext')} onClick={() => perform(store, 'present.next')}>
            →
          </button>
          <button data-testid="present-leave" title={t('presentLeave')} onClick={() => perform(store, 'present.leave')}>
            ✕
          </button>
        </nav>
        <small className="present-hint">{t('presentHint')}</small>
      </aside>
    </>
  );
}
