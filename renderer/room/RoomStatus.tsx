import { useApp } from '../app/StoreContext';
import { useT } from '../app/useT';
import type { MessageKey } from '../../shared/i18n';
import type { LinkStatus } from '../../shared/room/syncTypes';

const WORDS: Record<LinkStatus, MessageKey> = {
  connecting: 'roomStatusConnecting',
  live: 'roomStatusLive',
  offline: 'roomStatusOffline',
  closed: 'roomStatusClosed',
  removed: 'roomStatusRemoved',
  refused: 'roomStatusRefused',
};

/** The room link in words, where the save indicator stands outside a room: live, reconnecting (N waiting), closed, removed. */
export function RoomStatus() {
  const t = useT();
  const status = useApp((s) => s.room?.status);
  const pending = useApp((s) => s.room?.pending ?? 0);
  if (!status) return null;
  // Trying again with edits waiting reads as "reconnecting (N edits waiting)", so the count stays in view between tries.
  const words = status === 'connecting' && pending > 0 ? 'offline' : status;
  return (
    <span
      className={`room-status ${status}`}
      data-testid="room-status"
      data-state={status}
      data-pending={pending}
      role="status"
      title={pending > 0 ? t('roomPendingHint', { n: pending }) : undefined}
    >
      {status === 'live' ? '● ' : ''}
      {t(WORDS[words], { n: pending })}
    </span>
  );
}

/** How many people are in the room (me included), for the top bar. */
export function PeopleCount() {
  const t = useT();
  const n = useApp((s) => s.room?.people.length ?? 0);
  // Once out of the room (closed, removed) the last count would be stale.
  const inRoom = useApp((s) => s.room !== null && ['connecting', 'live', 'offline'].includes(s.room.status));
  if (!inRoom) return null;
  return (
    <span className="people-count" data-testid="people-count" data-n={n}>
      {t('roomPeopleCount', { n })}
    </span>
  );
}
