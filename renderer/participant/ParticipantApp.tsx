import { useCallback, useEffect } from 'react';
import { useApp, useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { installShortcuts } from '../actions/dispatcher';
import { Toast } from '../components/Toast';
import { browserSocket } from '../room/browserSocket';
import { EditWarning } from '../room/EditWarning';
import { participantSocketUrl } from '../room/roomAddress';
import { roomClientId } from '../room/roomClientId';
import type { StartLink } from '../store/roomSlice';
import { JoinScreen, rememberedName } from './JoinScreen';
import { ParticipantRoom } from './ParticipantRoom';

const JOINED_KEY = 'cbmc.room.joined';

/**
 * The page a participant opens from the QR code (/r/<key>/): a name first, then the workshop's
 * boards, live. A reload of a page that had joined goes straight back in as the same person.
 */
export function ParticipantApp({ roomKey, start }: { roomKey: string; start: StartLink }) {
  const store = useAppStore();
  const inRoom = useApp((s) => s.room !== null);
  const lang = useApp((s) => s.lang);
  const t = useT();
  useEffect(() => installShortcuts(store), [store]);

  const join = useCallback(
    (name: string) => {
      session(() => sessionStorage.setItem(JOINED_KEY, roomKey));
      store.getState().enterRoom({
        clientId: roomClientId(),
        name,
        connect: browserSocket(participantSocketUrl(location, roomKey)),
        storage: pageStorage(),
        start,
      });
    },
    [store, roomKey, start],
  );

  useEffect(() => {
    const name = rememberedName();
    if (name && session(() => sessionStorage.getItem(JOINED_KEY)) === roomKey && !store.getState().room) join(name);
  }, [join, roomKey, store]);

  return (
    <div className="app participant">
      {inRoom ? (
        <ParticipantRoom />
      ) : (
        <>
          <header className="topbar">
            <span className="brand">CBMC Studio</span>
            <span className="spacer" />
            <button data-testid="lang-toggle" onClick={() => store.getState().setLang(lang === 'th' ? 'en' : 'th')}>
              {t('language')}
            </button>
          </header>
          <JoinScreen onJoin={join} />
        </>
      )}
      <EditWarning />
      <Toast />
    </div>
  );
}

function session<T>(run: () => T): T | null {
  try {
    return run();
  } catch {
    return null; // storage switched off: the page asks for the name again after a reload
  }
}

/** Where the room client keeps edits not yet confirmed, so a reload while offline keeps them. */
function pageStorage(): Storage | null {
  return session(() => localStorage);
}
