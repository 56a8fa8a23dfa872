import { useEffect, useState } from 'react';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { openRoom, resumeRoom } from './facilitatorRoom';
import { RoomPanel } from './RoomPanel';
import { useRoomStart } from './RoomStartContext';

/**
 * "เปิดห้อง / Open room" in the workshop's top bar; once the room is open, the number of people in it,
 * which shows the room panel again. Opening a workshop whose room is already open joins it again.
 */
export function RoomButton() {
  const store = useAppStore();
  const t = useT();
  const start = useRoomStart();
  const workshopId = useApp((s) => s.doc?.workshop.id);
  const open = useApp((s) => s.roomInfo !== null && s.roomInfo.workshopId === s.doc?.workshop.id);
  const people = useApp((s) => s.room?.people.length ?? 0);
  const [showing, setShowing] = useState(false);

  useEffect(() => {
    if (workshopId && start && !store.getState().room) void resumeRoom(store, start);
  }, [workshopId, start, store]);

  if (!start || !workshopId) return null;
  return (
    <>
      {open ? (
        <button
          data-testid="room-show"
          data-n={people}
          className="room-button open"
          title={t('roomPeopleCount', { n: people })}
          onClick={() => setShowing(true)}
        >
          {t('roomPeopleCount', { n: people })}
        </button>
      ) : (
        <button
          data-testid="room-open"
          className="room-button"
          title={t('roomOpenTitle')}
          onClick={() => void openRoom(store, start).then(() => setShowing(store.getState().roomInfo !== null))}
        >
          {t('roomOpen')}
        </button>
      )}
      {showing && open && <RoomPanel onHide={() => setShowing(false)} />}
    </>
  );
}
