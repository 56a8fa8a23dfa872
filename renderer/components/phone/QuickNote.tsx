import { useEffect, useState } from 'react';
import { noteRect } from '../../../shared/geometry/boardGeometry';
import { pick } from '../../../shared/i18n';
import type { Board } from '../../../shared/model/Board';
import { LIMITS } from '../../../shared/model/limits';
import type { NoteColor } from '../../../shared/model/Note';
import type { CanvasLayout } from '../../../shared/model/Template';
import { perform } from '../../actions/dispatcher';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { READABLE_SCALE } from '../../canvas/noteStyle';
import { centredOn } from '../../canvas/viewport';
import { quickNoteDraft } from './quickNoteDraft';
import { QuickNoteSheet } from './QuickNoteSheet';

/**
 * On a phone: a floating "+ Note" button that opens a sheet from the bottom of the screen to write a
 * note, choose its block and colour, and send it. The note is made by the same action as typing on the
 * board (note.create) in the block's first free place, and the board then shows it. The text stays
 * in the sheet when it is closed without sending.
 */
export function QuickNote({ board }: { board: Board & { layout: CanvasLayout } }) {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const selectedBlock = useApp((s) => s.selectedBlockId);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [blockId, setBlockId] = useState<string | null>(null);
  const [colour, setColour] = useState<NoteColor>(() => store.getState().currentColor);
  const [problem, setProblem] = useState<string | null>(null);
  const blocks = board.layout.blocks;
  const chosen = blocks.find((b) => b.id === blockId);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const show = () => {
    // The block chosen on the board is the likely one; a choice made in the sheet before is kept otherwise.
    if (selectedBlock && blocks.some((b) => b.id === selectedBlock)) setBlockId(selectedBlock);
    setProblem(null);
    setOpen(true);
  };

  const send = () => {
    const s = store.getState();
    if (text.trim() === '') return setProblem(t('quickNoteNeedText'));
    if (text.length > LIMITS.noteText) return setProblem(t('noteTooLong', { n: LIMITS.noteText }));
    const draft = chosen && s.doc ? quickNoteDraft(s.doc, board.id, chosen.id, colour) : null;
    if (!draft) return setProblem(t('quickNoteNeedBlock'));
    if (!perform(store, 'note.create', { draft, text })) return;
    const after = store.getState();
    const note = after.doc?.notes[after.selectedNoteIds[0] ?? ''];
    if (note) {
      const scale = Math.max(after.viewports[board.id]?.scale ?? 0, READABLE_SCALE);
      after.setViewport(board.id, centredOn(noteRect(board.layout, note), after.canvasSize, scale));
    }
    s.setCurrentColor(colour);
    s.showToast(t('quickNoteSent', { block: pick(lang, chosen!.label_th, chosen!.label_en) }));
    setText('');
    setOpen(false);
  };

  if (!open) {
    return (
      <button className="quick-note-open primary" data-testid="quick-note-open" onClick={show}>
        {t('quickNoteButton')}
      </button>
    );
  }
  return (
    <QuickNoteSheet
      board={board}
      text={text}
      colour={colour}
      blockId={blockId}
      problem={problem}
      onText={(v) => {
        setText(v);
        setProblem(null);
      }}
      onColour={setColour}
      onBlock={(id) => {
        setBlockId(id);
        setProblem(null);
      }}
      onSend={send}
      onClose={() => setOpen(false)}
    />
  );
}
