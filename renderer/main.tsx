import { createHost } from './host/createHost';
import { createAppStore } from './store/createAppStore';
import './styles.css';

const store = createAppStore(createHost());
// Reopening a workshop (reload, or a link): fetch it while React and the fonts are still starting.
const first = store.getState().screen;
if (first.kind === 'workshop') void store.getState().loadWorkshop(first.workshopId);
// A handle for end-to-end tests and benchmarks to read state; it grants nothing the page lacks.
(window as unknown as { __cbmc: object }).__cbmc = { store };

// The interface (React, the canvas, every screen) loads while that request is under way.
const [{ StrictMode }, { createRoot }, { App }, { StoreContext }] = await Promise.all([
  import('react'),
  import('react-dom/client'),
  import('./app/App'),
  import('./app/StoreContext'),
]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
