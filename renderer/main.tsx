import { createHost } from './host/createHost';
import { createAppStore } from './store/createAppStore';
import { participantHost } from './participant/participantHost';
import { roomKeyFromPath } from './room/roomAddress';
import { startLink } from './room/startLink';
import './styles.css';

// Served by a room at /r/<key>/, this page is a participant's: it talks to the room only.
const roomKey = roomKeyFromPath(location.pathname);
const store = roomKey ? createAppStore(participantHost(), { storage: null }) : createAppStore(createHost());
// Reopening a workshop (reload, or a link): fetch it while React and the fonts are still starting.
const first = store.getState().screen;
if (!roomKey && first.kind === 'workshop') void store.getState().loadWorkshop(first.workshopId);
// A handle for end-to-end tests and benchmarks to read state; it grants nothing the page lacks.
(window as unknown as { __cbmc: object }).__cbmc = { store };

// The interface (React, the canvas, every screen) loads while that request is under way.
const [{ StrictMode }, { createRoot }, { StoreContext }, { RoomStartContext }, screen] = await Promise.all([
  import('react'),
  import('react-dom/client'),
  import('./app/StoreContext'),
  import('./room/RoomStartContext'),
  roomKey
    ? import('./participant/ParticipantApp').then((m) => <m.ParticipantApp roomKey={roomKey} start={startLink} />)
    : import('./app/App').then((m) => <m.App />),
]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <RoomStartContext.Provider value={startLink}>{screen}</RoomStartContext.Provider>
    </StoreContext.Provider>
  </StrictMode>,
);
