import { NOTE_COLORS as COLOR_NAMES } from '../../shared/model/Note';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import type { ActionName } from '../actions/actionNames';
import { isEnabled, perform } from '../actions/dispatcher';
import { ACTIONS } from '../actions/registry';
import { NOTE_COLORS } from '../canvas/noteStyle';
import { ExportDataMenu } from './ExportDataMenu';

/** Board tools. Buttons run the same actions as the shortcuts. */
export function Toolbar({ boardId }: { boardId: string }) {
  const store = useAppStore();
  const t = useT();
  // Subscribe to what decides which buttons are enabled.
  useApp((s) => [s.past.length, s.future.length, s.selectedNoteIds.length, s.selectedBlockId, s.editingNoteId].join());
  const voteOpen = useApp((s) => s.doc?.boards[boardId]?.votes?.open === true);
  const scale = useApp((s) => s.viewports[boardId]?.scale);
  const current = useApp((s) => s.currentColor);

  /** A button for an action that needs no arguments; the test id keeps the tool's short name. */
  const button = (name: ActionName & ('note.startNew' | 'note.duplicate' | 'note.delete' | 'undo' | 'redo' | 'zoomIn' | 'zoomOut' | 'fit' | 'block.tidy' | 'vote.start' | 'vote.close'), testId: string, text: string) => (
    <button key={name} data-testid={`tool-${testId}`} title={t(ACTIONS[name].label)} disabled={!isEnabled(store, name)} onClick={() => perform(store, name)}>
      {text}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar">
      {button('note.startNew', 'addNote', `+ ${t('addNote')}`)}
      <span className="swatches" aria-label={t('color')}>
        {COLOR_NAMES.map((c) => (
          <button
            key={c}
            data-testid={`color-${c}`}
            className={c === current ? 'swatch current' : 'swatch'}
            style={{ background: NOTE_COLORS[c].fill, borderColor: NOTE_COLORS[c].border }}
            title={t(`color_${c}`)}
            onClick={() => perform(store, 'note.recolour', { color: c })}
          />
        ))}
      </span>
      {button('note.duplicate', 'duplicate', t('duplicate'))}
      {button('note.delete', 'delete', t('delete'))}
      {button('block.tidy', 'tidy', t('tidyBlock'))}
      {voteOpen ? button('vote.close', 'vote', t('voteClose')) : button('vote.start', 'vote', t('voteStart'))}
      <span className="sep" />
      {button('undo', 'undo', `↶ ${t('undo')}`)}
      {button('redo', 'redo', `↷ ${t('redo')}`)}
      <span className="sep" />
      {button('zoomOut', 'zoomOut', '−')}
      <span className="zoom-level">{scale ? `${Math.round(scale * 100)}%` : t('fit')}</span>
      {button('zoomIn', 'zoomIn', '+')}
      {button('fit', 'fit', t('fit'))}
      <span className="spacer" />
      <ExportDataMenu boardId={boardId} />
    </div>
  );
}
