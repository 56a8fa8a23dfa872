import { useEffect, useMemo, useState } from 'react';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { ConfirmDialog } from '../components/Dialog';
import type { Person } from '../../shared/room/protocol';
import { closeRoom, lockBoard, removePerson } from './facilitatorRoom';
import { QrCode } from './QrCode';

/** One empty list, so a selector that finds nothing answers the same value every time. */
const NONE: never[] = [];

/**
 * The open room, large enough to scan and read from the back of a hall: the QR code of one address,
 * every address in large type (the facilitator picks which one the QR code holds when the laptop has
 * several), who is in the room and what each is editing, read-only boards, and closing the room.
 */
export function RoomPanel({ onHide }: { onHide(): void }) {
  const store = useAppStore();
  const t = useT();
  const info = useApp((s) => s.roomInfo);
  const people = useApp((s) => s.room?.people ?? info?.people ?? NONE);
  const locked = useApp((s) => s.room?.locked ?? info?.locked ?? NONE);
  const selfId = useApp((s) => s.room?.selfId);
  const doc = useApp((s) => s.doc);
  const [chosen, setChosen] = useState(0);
  /** Switches pressed whose answer has not come back: shown as pressed meanwhile. */
  const [locking, setLocking] = useState<Record<string, boolean>>({});
  const [asking, setAsking] = useState<{ kind: 'close' } | { kind: 'remove'; person: Person } | null>(null);
  // A pressed switch is let go once the room's own list agrees with it.
  useEffect(() => {
    setLocking((l) => {
      const still = Object.fromEntries(Object.entries(l).filter(([id, on]) => locked.includes(id) !== on));
      return Object.keys(still).length === Object.keys(l).length ? l : still;
    });
  }, [locked]);
  const boards = useMemo(() => Object.values(doc?.boards ?? {}).sort((a, b) => a.order - b.order), [doc?.boards]);
  if (!info) return null;
  const url = info.urls[Math.min(chosen, info.urls.length - 1)];

  const editingWhat = (p: Person) => {
    const note = p.editing ? doc?.notes[p.editing] : undefined;
    if (!note) return null;
    const text = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text;
    return t('roomEditingWhat', { text: text || '…' });
  };

  return (
    <div className="room-panel" data-testid="room-panel" role="dialog" aria-label={t('roomPanelTitle')}>
      <div className="room-head">
        <h2>{t('roomPanelTitle')}</h2>
        <button data-testid="room-hide" onClick={onHide}>
          {t('roomHide')}
        </button>
      </div>
      <div className="room-body">
        <section className="room-join">
          {url ? <QrCode text={url} label={t('roomQrLabel', { url })} px={420} /> : null}
          <p className="muted">{t('roomAddressHint')}</p>
          <ul className="room-urls">
            {info.urls.map((u, i) => (
              <li key={u} className={u === url ? 'chosen' : ''}>
                <span className="room-url" data-testid="room-url">
                  {u}
                </span>
                {info.urls.length > 1 && (
                  <label className="room-choose">
                    <input type="radio" name="room-url" checked={u === url} onChange={() => setChosen(i)} />
                    {t('roomChooseAddress')}
                  </label>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section className="room-side">
          <h3>{t('roomPeople', { n: people.length })}</h3>
          {people.length === 0 && <p className="muted">{t('roomNobody')}</p>}
          <ul className="room-people">
            {people.map((p) => (
              <li key={p.id} data-testid="room-person" data-person={p.id}>
                <span className="person-name">
                  {p.name} {p.id === selfId ? t('roomYou') : p.role === 'facilitator' ? `(${t('roomFacilitatorRole')})` : ''}
                </span>
                {p.role === 'participant' && (
                  <button className="danger" data-testid="room-remove" onClick={() => setAsking({ kind: 'remove', person: p })}>
                    {t('roomRemove')}
                  </button>
                )}
                {editingWhat(p) && <small className="muted">{editingWhat(p)}</small>}
              </li>
            ))}
          </ul>
          <h3>{t('roomBoardsReadOnly')}</h3>
          <ul className="room-boards">
            {boards.map((b) => (
              <li key={b.id}>
                <label>
                  <input
                    type="checkbox"
                    data-testid="room-lock"
                    data-board={b.id}
                    checked={locking[b.id] ?? locked.includes(b.id)}
                    onChange={(e) => {
                      const on = e.target.checked;
                      setLocking((l) => ({ ...l, [b.id]: on }));
                      // Refused: back to what the room holds. Done: shown as pressed until the room says so too.
                      void lockBoard(store, b.id, on).then((ok) => !ok && setLocking(({ [b.id]: _gone, ...rest }) => rest));
                    }}
                  />
                  {b.title}
                </label>
              </li>
            ))}
          </ul>
          <button className="danger room-close" data-testid="room-close" onClick={() => setAsking({ kind: 'close' })}>
            {t('roomClose')}
          </button>
        </section>
      </div>
      {asking?.kind === 'close' && (
        <ConfirmDialog
          message={t('roomCloseConfirm')}
          confirmLabel={t('roomClose')}
          cancelLabel={t('cancel')}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            onHide();
            void closeRoom(store);
          }}
        />
      )}
      {asking?.kind === 'remove' && (
        <ConfirmDialog
          message={t('roomRemoveConfirm', { name: asking.person.name })}
          confirmLabel={t('roomRemove')}
          cancelLabel={t('cancel')}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void removePerson(store, asking.person.id);
          }}
        />
      )}
    </div>
  );
}
