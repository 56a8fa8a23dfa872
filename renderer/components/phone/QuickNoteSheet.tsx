import { createPortal } from 'react-dom';
import { pick } from '../../../shared/i18n';
import type { Board } from '../../../shared/model/Board';
import { LIMITS } from '../../../shared/model/limits';
import { NOTE_COLORS as COLOR_NAMES, type NoteColor } from '../../../shared/model/Note';
import type { CanvasLayout } from '../../../shared/model/Template';
import { useApp } from '../../app/StoreContext';
import { useKeyboardInset } from '../../app/useKeyboardInset';
import { useT } from '../../app/useT';
import { NOTE_COLORS } from '../../canvas/noteStyle';

interface Props {
  board: Board & { layout: CanvasLayout };
  text: string;
  colour: NoteColor;
  blockId: string | null;
  /** What stops the note being sent, in words; null when nothing does. */
  problem: string | null;
  onText(text: string): void;
  onColour(c: NoteColor): void;
  onBlock(id: string): void;
  onSend(): void;
  onClose(): void;
}

/**
 * The sheet of QuickNote: text, colour, the board's blocks as a list of large buttons, and Send. It sits
 * on the bottom of the window, lifted above the on-screen keyboard, and never taller than what is left.
 */
export function QuickNoteSheet({ board, text, colour, blockId, problem, onText, onColour, onBlock, onSend, onClose }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const keyboard = useKeyboardInset();
  const blocks = board.layout.blocks;
  const chosen = blocks.find((b) => b.id === blockId);
  return createPortal(
    <>
      <div className="quick-note-backdrop" onClick={onClose} />
      <section
        className="quick-note-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="quick-note-title"
        data-testid="quick-note-sheet"
        style={{ bottom: keyboard, maxHeight: `calc(100% - ${keyboard + 12}px)` }}
      >
        <header className="quick-note-head">
          <h2 id="quick-note-title">{t('quickNoteTitle')}</h2>
          <button className="icon" aria-label={t('close')} title={t('close')} onClick={onClose}>
            ×
          </button>
        </header>
        <textarea
          data-testid="quick-note-text"
          aria-label={t('quickNoteText')}
          placeholder={t('quickNoteText')}
          value={text}
          rows={3}
          autoFocus
          aria-invalid={text.length > LIMITS.noteText}
          onChange={(e) => onText(e.target.value)}
          style={{ background: NOTE_COLORS[colour].fill }}
        />
        <div className="quick-note-colours" role="radiogroup" aria-label={t('color')}>
          {COLOR_NAMES.map((c) => (
            <button
              key={c}
              role="radio"
              aria-checked={c === colour}
              aria-label={t(`color_${c}`)}
              data-testid={`quick-note-color-${c}`}
              className={c === colour ? 'swatch current' : 'swatch'}
              style={{ background: NOTE_COLORS[c].fill, borderColor: NOTE_COLORS[c].border }}
              onClick={() => onColour(c)}
            />
          ))}
        </div>
        <div className="quick-note-blocks" role="radiogroup" aria-label={t('quickNoteBlock')}>
          {blocks.map((b) => (
            <button
              key={b.id}
              role="radio"
              aria-checked={b.id === blockId}
              data-testid={`quick-note-block-${b.id}`}
              onClick={() => onBlock(b.id)}
            >
              {pick(lang, b.label_th, b.label_en)}
            </button>
          ))}
        </div>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <button className="primary quick-note-send" data-testid="quick-note-send" onClick={onSend}>
          {t('quickNoteSend')}
          {chosen && ` → ${pick(lang, chosen.label_th, chosen.label_en)}`}
        </button>
      </section>
    </>,
    document.body,
  );
}
