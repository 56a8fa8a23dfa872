import { NOTE_COLORS as COLOR_NAMES } from '../../shared/model/Note';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { actionAddNote } from '../actions/actionAddNote';
import { actionDelete } from '../actions/actionDelete';
import { actionDuplicate } from '../actions/actionDuplicate';
import { actionRedo } from '../actions/actionRedo';
import { actionUndo } from '../actions/actionUndo';
import { actionFit, actionZoomIn, actionZoomOut } from '../actions/actionZoom';
import { run } from '../actions/dispatcher';
import type { Action } from '../actions/Action';
import { NOTE_COLORS } from '../canvas/noteStyle';
import { ExportDataMenu } from './ExportDataMenu';

/** Board tools. Buttons run the same actions as the shortcuts. */
export function Toolbar({ boardId }: { boardId: string }) {
  const store = useAppStore();
  const t = useT();
  // Subscribe to what decides which buttons are enabled.
  useApp((s) => [s.past.length, s.future.length, s.selectedNoteIds.length, s.selectedBlockId, s.editingNoteId].join());
  const scale = useApp((s) => s.viewports[boardId]?.scale);
  const current = useApp((s) => s.currentColor);
  const selected = useApp((s) => s.selectedNoteIds);

  const button = (a: Action, text: string) => (
    <button key={a.name} data-testid={`tool-${a.name}`} title={t(a.label)} disabled={!a.enabled(store)} onClick={() => run(store, a)}>
      {text}
    </button>
  );

  const setColor = (color: (typeof COLOR_NAMES)[number]) => {
    const s = store.getState();
    s.setCurrentColor(color);
    if (selected.length > 0) s.commit(selected.map((id) => ({ type: 'note.patch' as const, id, patch: { color } })));
  };

  return (
    <div className="toolbar" role="toolbar">
      {button(actionAddNote, `+ ${t('addNote')}`)}
      <span className="swatches" aria-label={t('color')}>
        {COLOR_NAMES.map((c) => (
          <button
            key={c}
            data-testid={`color-${c}`}
            className={c === current ? 'swatch current' : 'swatch'}
            style={{ background: NOTE_COLORS[c].fill, borderColor: NOTE_COLORS[c].border }}
            title={t(`color_${c}`)}
            onClick={() => setColor(c)}
          />
        ))}
      </span>
      {button(actionDuplicate, t('duplicate'))}
      {button(actionDelete, t('delete'))}
      <span className="sep" />
      {button(actionUndo, `↶ ${t('undo')}`)}
      {button(actionRedo, `↷ ${t('redo')}`)}
      <span className="sep" />
      {button(actionZoomOut, '−')}
      <span className="zoom-level">{scale ? `${Math.round(scale * 100)}%` : t('fit')}</span>
      {button(actionZoomIn, '+')}
      {button(actionFit, t('fit'))}
      <span className="spacer" />
      <ExportDataMenu boardId={boardId} />
    </div>
  );
}
