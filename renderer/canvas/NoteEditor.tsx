import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Board } from '../../shared/model/Board';
import { LIMITS } from '../../shared/model/limits';
import { NOTE_SIZE } from '../../shared/model/Note';
import type { CanvasLayout } from '../../shared/model/Template';
import { noteRect } from '../../shared/geometry/boardGeometry';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import type { Viewport } from '../store/types';
import { perform } from '../actions/dispatcher';
import { ConfirmDialog } from '../components/Dialog';
import { FONT_FAMILY, NOTE_COLORS, NOTE_FONT_SIZE, NOTE_PADDING, READABLE_SCALE } from './noteStyle';
import { PHONE_QUERY } from '../app/useMedia';
import { centredOn } from './viewport';
import { THAI_LINE_HEIGHT } from '../../shared/text';
import { editorBox } from './editorBox';

/**
 * Editing happens in a real textarea laid over the note, so Thai input methods, selection and
 * spell-check work as in any text field. Click-away or Ctrl+Enter commits; Escape cancels, after
 * asking when the text was changed. The editor is kept inside the canvas area: long text scrolls
 * inside it, and the counter below it stays in view.
 */
export function NoteEditor({
  board,
  viewport,
  area,
  onKeyboardDone,
}: {
  board: Board & { layout: CanvasLayout };
  viewport: Viewport;
  /** The canvas area's size in pixels, which the editor must stay inside. */
  area: { w: number; h: number };
  /** Called when typing ends from the keyboard, to give focus back to the board. */
  onKeyboardDone(): void;
}) {
  const store = useAppStore();
  const t = useT();
  const editingId = useApp((s) => s.editingNoteId);
  const draft = useApp((s) => s.draft);
  const live = useApp((s) => (s.editingNoteId ? s.doc?.notes[s.editingNoteId] : undefined));
  // In a room someone may remove the note being typed in: the editor stays open on the note as it was,
  // and saving puts the text back as a new note, so the typing is never lost.
  const [lastSeen, setLastSeen] = useState(live);
  useEffect(() => {
    if (live) setLastSeen(live);
  }, [live]);
  const note = live ?? (lastSeen && lastSeen.id === editingId ? lastSeen : undefined);
  const [text, setText] = useState('');
  const [asking, setAsking] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  /** Set while the discard question is open: focus has left the textarea, but typing is not over. */
  const paused = useRef(false);

  const active = (note && note.boardId === board.id) || (draft && draft.boardId === board.id);
  useEffect(() => {
    if (!active) return;
    done.current = false;
    paused.current = false;
    setAsking(false);
    setText(note?.text ?? '');
    // A phone zooms the whole page into a text field whose text is under 16 px: bring the note closer instead.
    if (viewport.scale < READABLE_SCALE && window.matchMedia(PHONE_QUERY).matches) {
      const at = note ?? { ...draft!, w: NOTE_SIZE.w, h: NOTE_SIZE.h };
      store.getState().setViewport(board.id, centredOn(noteRect(board.layout, at), area, READABLE_SCALE));
    }
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.select();
    });
  }, [editingId, draft, active]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!active) return null;
  const shape = note ?? { blockId: draft!.blockId, x: draft!.x, y: draft!.y, w: NOTE_SIZE.w, h: NOTE_SIZE.h, color: draft!.color };
  const r = noteRect(board.layout, shape);
  const tooLong = text.length > LIMITS.noteText;
  const changed = text !== (note?.text ?? '');

  const finish = (save: boolean) => {
    if (done.current) return;
    const s = store.getState();
    if (save && tooLong) {
      s.showToast(t('noteTooLong', { n: LIMITS.noteText }), 'error');
      return;
    }
    done.current = true;
    if (save) {
      if (live) perform(store, 'note.setText', { noteId: live.id, text });
      else if (note && text.trim() !== '')
        perform(store, 'note.create', {
          draft: { boardId: note.boardId, blockId: note.blockId, x: note.x, y: note.y, color: note.color },
          text,
        });
      else if (draft && text.trim() !== '') perform(store, 'note.create', { draft, text });
    }
    s.startEditing(null, null);
  };

  const keepTyping = () => {
    setAsking(false);
    paused.current = false;
    requestAnimationFrame(() => ref.current?.focus());
  };

  const scale = viewport.scale;
  const box = editorBox({ x: r.x * scale + viewport.x, y: r.y * scale + viewport.y, w: r.w * scale, h: r.h * scale }, area);
  return (
    <div className="note-editor" data-testid="note-editor-box" style={{ left: box.left, top: box.top, width: box.width }}>
      <textarea
        ref={ref}
        data-testid="note-editor"
        value={text}
        aria-invalid={tooLong}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (!paused.current) finish(true);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            if (changed) {
              paused.current = true;
              setAsking(true);
            } else {
              finish(false);
              onKeyboardDone();
            }
          }
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            finish(true);
            if (done.current) onKeyboardDone();
          }
        }}
        style={{
          fontFamily: FONT_FAMILY,
          fontSize: NOTE_FONT_SIZE * scale,
          lineHeight: THAI_LINE_HEIGHT,
          padding: NOTE_PADDING * scale,
          background: NOTE_COLORS[shape.color].fill,
          minHeight: box.minHeight,
          maxHeight: box.maxHeight,
        }}
      />
      <div className={tooLong ? 'note-counter over' : 'note-counter'} data-testid="note-counter" role={tooLong ? 'alert' : undefined}>
        {tooLong ? `${t('noteTooLong', { n: LIMITS.noteText })} (${text.length}/${LIMITS.noteText})` : `${text.length}/${LIMITS.noteText}`}
      </div>
      {/* On the page itself, not inside the board, which clips and must not scroll to show it. */}
      {asking &&
        createPortal(
          <ConfirmDialog
            message={t('discardNoteQuestion')}
            confirmLabel={t('discardText')}
            cancelLabel={t('keepTyping')}
            onCancel={keepTyping}
            onConfirm={() => {
              setAsking(false);
              finish(false);
              onKeyboardDone();
            }}
          />,
          document.body,
        )}
    </div>
  );
}
