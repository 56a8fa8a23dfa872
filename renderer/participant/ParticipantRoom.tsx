import { useEffect, useMemo } from 'react';
import type { Board } from '../../shared/model/Board';
import type { CanvasLayout, TableLayout } from '../../shared/model/Template';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { BoardCanvas } from '../canvas/BoardCanvas';
import { Toolbar } from '../components/Toolbar';
import { TableEditor } from '../components/table/TableEditor';
import { PeopleCount, RoomStatus } from '../room/RoomStatus';
import { roomReadOnly } from '../store/roomSlice';
import { PHONE_QUERY, useMedia } from '../app/useMedia';
import { QuickNote } from '../components/phone/QuickNote';

/**
 * A participant's view of the workshop: its boards as tabs, the open board (canvas or table) and the
 * room's state in words. No workshop list, steps, templates, PDFs, backups or board changes here.
 */
export function ParticipantRoom() {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const doc = useApp((s) => s.doc);
  const status = useApp((s) => s.room?.status);
  const name = useApp((s) => s.room?.name);
  const screen = useApp((s) => s.screen);
  const boardId = screen.kind === 'workshop' ? screen.boardId : null;
  const readOnly = useApp((s) => roomReadOnly(s, boardId));
  const locked = useApp((s) => s.room?.locked);
  const phone = useMedia(PHONE_QUERY);
  const boards = useMemo(() => Object.values(doc?.boards ?? {}).sort((a, b) => a.order - b.order), [doc?.boards]);
  const board = boardId ? doc?.boards[boardId] : undefined;

  const open = (id: string | null) => doc && store.getState().setScreen({ kind: 'workshop', workshopId: doc.workshop.id, boardId: id });
  useEffect(() => {
    if (doc && !board && boards.length > 0) open(boards[0]!.id);
  }, [doc, board, boards]); // eslint-disable-line react-hooks/exhaustive-deps

  const title = doc?.workshop.name;
  useEffect(() => {
    document.title = title ? `${title} — CBMC Studio` : 'CBMC Studio';
  }, [title]);

  const ended = status === 'closed' || status === 'removed' || status === 'refused';
  return (
    <>
      <header className="topbar">
        <span className="brand">CBMC Studio</span>
        {doc && <strong className="room-workshop">{doc.workshop.name}</strong>}
        <span className="spacer" />
        <PeopleCount />
        <RoomStatus />
        {name && (
          <span className="room-me" data-testid="room-me">
            {name}
          </span>
        )}
        <button data-testid="lang-toggle" onClick={() => store.getState().setLang(lang === 'th' ? 'en' : 'th')}>
          {t('language')}
        </button>
      </header>
      {ended && (
        <p className="room-ended" role="alert" data-testid="room-ended">
          {t(status === 'closed' ? 'roomStatusClosed' : status === 'removed' ? 'roomStatusRemoved' : 'roomStatusRefused')}
        </p>
      )}
      {!doc ? (
        <main className="loading">{ended ? null : t('roomStatusConnecting')}</main>
      ) : (
        <main className="participant-room">
          <nav className="board-tabs" role="tablist" aria-label={t('boards')}>
            {boards.map((b) => (
              <button
                key={b.id}
                role="tab"
                aria-selected={b.id === boardId}
                data-testid="board-tab"
                data-board={b.id}
                onClick={() => open(b.id)}
              >
                {b.title}
                {locked?.includes(b.id) ? ` · ${t('roomLockedShort')}` : ''}
              </button>
            ))}
          </nav>
          {boards.length === 0 && <p className="muted pad">{t('roomNoBoards')}</p>}
          {readOnly === 'roomBoardLocked' && (
            <p className="room-locked" data-testid="room-locked">
              {t('roomBoardLocked')}
            </p>
          )}
          <section className="board-area">
            {board && board.layout.kind === 'canvas' && (
              <>
                <Toolbar boardId={board.id} />
                <BoardCanvas key={board.id} board={board as Board & { layout: CanvasLayout }} />
                {phone && !readOnly && <QuickNote board={board as Board & { layout: CanvasLayout }} />}
              </>
            )}
            {board && board.layout.kind === 'table' && <TableEditor key={board.id} board={board as Board & { layout: TableLayout }} />}
          </section>
        </main>
      )}
    </>
  );
}
