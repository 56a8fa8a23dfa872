import type { Board } from '../../shared/model/Board';
import type { CanvasLayout } from '../../shared/model/Template';
import { noteRect } from '../../shared/geometry/boardGeometry';
import { useApp } from '../app/StoreContext';
import { useT } from '../app/useT';
import type { Viewport } from '../store/types';

/**
 * Who else is typing in which note: a small name tag on the note's top edge and an outline around it,
 * laid over the canvas in the page (not drawn into it, so a presence change never repaints notes).
 */
export function PresenceTags({ board, viewport }: { board: Board & { layout: CanvasLayout }; viewport: Viewport }) {
  const t = useT();
  const room = useApp((s) => s.room);
  const notes = useApp((s) => s.doc?.notes);
  if (!room || !notes) return null;
  const byNote = new Map<string, string[]>();
  for (const p of room.people) {
    const note = p.editing && p.id !== room.selfId ? notes[p.editing] : undefined;
    if (note && note.boardId === board.id) byNote.set(note.id, [...(byNote.get(note.id) ?? []), p.name]);
  }
  return (
    <>
      {[...byNote].map(([noteId, names]) => {
        const r = noteRect(board.layout, notes[noteId]!);
        const left = r.x * viewport.scale + viewport.x;
        const top = r.y * viewport.scale + viewport.y;
        return (
          <div key={noteId} className="presence" data-testid="presence-tag" data-note={noteId} style={{ left, top }}>
            <div className="presence-outline" style={{ width: r.w * viewport.scale, height: r.h * viewport.scale }} />
            <span className="presence-name">✎ {t('roomEditingTag', { name: names.join(', ') })}</span>
          </div>
        );
      })}
    </>
  );
}
