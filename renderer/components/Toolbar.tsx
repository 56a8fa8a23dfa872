import { NOTE_COLORS as COLOR_NAMES } from '../../shared/model/Note';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import type { ActionName } from '../actions/actionNames';
import { isEnabled, perform } from '../actions/dispatcher';
import { ACTIONS } from '../actions/registry';
import { NOTE_COLORS } from '../canvas/noteStyle';
import { fitViewport } from '../canvas/viewport';
import { ExportDataMenu } from './ExportDataMenu';

/**
 * Board tools, on one row even in a 1024-pixel window beside the step panel: the tools used all
 * the time stay on the row, the rest (duplicate, delete, export) are in the "more" menu. Buttons
 * run the same actions as the shortcuts.
 */
export function Toolbar({ boardId }: { boardId: string }) {
  const store = useAppStore();
  const t = useT();
  // Subscribe to what decides which buttons are enabled.
  useApp((s) => [s.past.length, s.future.length, s.selectedNoteIds.length, s.selectedBlockId, s.editingNoteId].join());
  const voteOpen = useApp((s) => s.doc?.boards[boardId]?.votes?.open === true);
  const stored = useApp((s) => s.viewports[boardId]?.scale);
  // With no stored view the board is fitted: show that zoom as a number too, never the fit button's words.
  const fitted = useApp((s) => {
    const b = s.doc?.boards[boardId];
    return b && b.layout.kind === 'canvas' ? fitViewport(b.layout, s.canvasSize).scale : 1;
  });
  const scale = stored ?? fitted;
  const current = useApp((s) => s.currentColor);
  // A room participant edits notes only: no votes, no exports (the room serves no files).
  const participant = useApp((s) => s.room?.role === 'participant');

  /** A button for an action that needs no arguments; the test id keeps the tool's short name. */
  const button = (
    name: ActionName &
      (
        | 'note.startNew'
        | 'note.duplicate'
        | 'note.delete'
        | 'undo'
        | 'redo'
        | 'zoomIn'
        | 'zoomOut'
        | 'fit'
        | 'block.tidy'
        | 'vote.start'
        | 'vote.close'
      ),
    testId: string,
    text: React.ReactNode,
    role?: string,
  ) => (
    <button
      key={name}
      role={role}
      data-testid={`tool-${testId}`}
      title={t(ACTIONS[name].label)}
      aria-label={t(ACTIONS[name].label)}
      disabled={!isEnabled(store, name)}
      onClick={() => perform(store, name)}
    >
      {text}
    </button>
  );
  const closeMenu = (e: React.MouseEvent) => {
    if ((e.target as HTMLElement).closest('[role=menuitem]')) (e.currentTarget as HTMLDetailsElement).removeAttribute('open');
  };

  /** The colours: on the row, and on a phone-wide board in the "more" menu instead (`where` keeps test ids apart). */
  const swatches = (where: 'row' | 'menu') => (
    <span className={where === 'row' ? 'swatches' : 'swatches swatch-menu'} aria-label={t('color')}>
      {COLOR_NAMES.map((c) => (
        <button
          key={c}
          data-testid={where === 'row' ? `color-${c}` : `menu-color-${c}`}
          className={c === current ? 'swatch current' : 'swatch'}
          style={{ background: NOTE_COLORS[c].fill, borderColor: NOTE_COLORS[c].border }}
          title={t(`color_${c}`)}
          aria-label={t(`color_${c}`)}
          onClick={() => perform(store, 'note.recolour', { color: c })}
        />
      ))}
    </span>
  );

  return (
    <div className="toolbar board-tools" role="toolbar">
      {button('note.startNew', 'addNote', `+ ${t('addNote')}`)}
      {swatches('row')}
      <span className="wide-only">
        <span className="sep" />
        {button('block.tidy', 'tidy', t('tidyBlock'))}
        {!participant && (voteOpen ? button('vote.close', 'vote', t('voteClose')) : button('vote.start', 'vote', t('voteStart')))}
      </span>
      <span className="sep" />
      {button(
        'undo',
        'undo',
        <>
          ↶<span className="tool-word"> {t('undo')}</span>
        </>,
      )}
      {button(
        'redo',
        'redo',
        <>
          ↷<span className="tool-word"> {t('redo')}</span>
        </>,
      )}
      <span className="sep" />
      <span className="zoom-tools">
        <span className="wide-only">{button('zoomOut', 'zoomOut', '−')}</span>
        <span className="zoom-level" data-testid="zoom-level" title={t('zoomLevel')}>{`${Math.round(scale * 100)}%`}</span>
        <span className="wide-only">
          {button('zoomIn', 'zoomIn', '+')}
          {button('fit', 'fit', t('fit'))}
        </span>
      </span>
      <span className="spacer" />
      <details className="menu more-tools" data-testid="tool-more" onClick={closeMenu}>
        <summary title={t('moreTools')} aria-label={t('moreTools')}>
          ⋯
        </summary>
        <div className="menu-items" role="menu">
          {swatches('menu')}
          <span className="tidy-menu">
            {button('block.tidy', 'menu-tidy', t('tidyBlock'), 'menuitem')}
            {!participant &&
              (voteOpen
                ? button('vote.close', 'menu-vote', t('voteClose'), 'menuitem')
                : button('vote.start', 'menu-vote', t('voteStart'), 'menuitem'))}
          </span>
          <span className="narrow-only zoom-menu">
            {button('zoomOut', 'menu-zoomOut', `− ${t('zoomOut')}`, 'menuitem')}
            {button('zoomIn', 'menu-zoomIn', `+ ${t('zoomIn')}`, 'menuitem')}
            {button('fit', 'menu-fit', t('fit'), 'menuitem')}
          </span>
          {button('note.duplicate', 'duplicate', t('duplicate'), 'menuitem')}
          {button('note.delete', 'delete', t('delete'), 'menuitem')}
          {!participant && <ExportDataMenu boardId={boardId} />}
        </div>
      </details>
    </div>
  );
}
