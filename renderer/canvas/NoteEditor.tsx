import { useEffect, useRef, useState } from 'react';
import type { Board } from '../../shared/model/Board';
import { LIMITS } from '../../shared/model/limits';
import { NOTE_SIZE } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import { noteRect } from '../../shared/geometry/boardGeometry';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import type { Viewport } from '../store/types';
import { perform } from '../actions/dispatcher';
import { FONT_FAMILY, NOTE_COLORS, NOTE_FONT_SIZE, NOTE_PADDING } from './noteStyle';
import { THAI_LINE_HEIGHT } from '../../shared/text';

/**
 * Editing happens in a real textarea laid over the note, so Thai input methods, selection and
 * spell-check work as in any text field. Click-away or Ctrl+Enter commits; Escape cancels.
 */
export function NoteEditor({ board, viewport }: { board: Board & { layout: CanvasLayout }; viewport: Viewport }) {
  const store = useAppStore();
  const t = useT();
  const editingId = useApp((s) => s.editingNoteId);
  const draft = useApp((s) => s.draft);
  const note = useApp((s) => (s.editingNoteId ? s.doc?.notes[s.editingNoteId] : undefined));
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  const active = (note && note.boardId === board.id) || (draft && draft.boardId === board.id);
  useEffect(() => {
    if (!active) return;
    done.current = false;
    setText(note?.text ?? '');
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.select();
    });
  }, [editingId, draft, active]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!active) return null;
  const shape = note ?? { blockId: draft!.blockId, x: draft!.x, y: draft!.y, w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: draft!.color };
  const r = noteRect(board.layout, shape);
  const tooLong = text.length > LIMITS.noteText;

  const finish = (save: boolean) => {
    if (done.current) return;
    const s = store.getState();
    if (save && tooLong) {
      s.showToast(t('noteTooLong', { n: LIMITS.noteText }), 'error');
      return;
    }
    done.current = true;
    if (save) {
      if (note) perform(store, 'note.setText', { noteId: note.id, text });
      else if (draft && text.trim() !== '') perform(store, 'note.create', { draft, text });
    }
    s.startEditing(null, null);
  };

  const scale = viewport.scale;
  return (
    <div
      className="note-editor"
      style={{ left: r.x * scale + viewport.x, top: r.y * scale + viewport.y, width: r.w * scale, minHeight: r.h * scale }}
    >
      <textarea
        ref={ref}
        data-testid="note-editor"
        value={text}
        aria-invalid={tooLong}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') finish(false);
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) finish(true);
        }}
        style={{
          fontFamily: FONT_FAMILY,
          fontSize: NOTE_FONT_SIZE * scale,
          lineHeight: THAI_LINE_HEIGHT,
          padding: NOTE_PADDING * scale,
          background: NOTE_COLORS[shape.color].fill,
          minHeight: r.h * scale,
        }}
      />
      <div className={tooLong ? 'note-counter over' : 'note-counter'}>
        {tooLong ? t('noteTooLong', { n: LIMITS.noteText }) : `${text.length}/${LIMITS.noteText}`}
      </div>
    </div>
  );
}
