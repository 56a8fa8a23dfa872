import { useEffect, useState } from 'react';
import { useApp, useAppStore } from './StoreContext';
import { useT } from './useT';
import { installShortcuts, isEnabled, perform } from '../actions/dispatcher';
import { TimerControl } from '../timer/TimerControl';
import { WorkshopList } from '../components/WorkshopList';
import { WorkshopView } from '../components/WorkshopView';
import { SaveIndicator } from '../components/SaveIndicator';
import { Toast } from '../components/Toast';
import { ExportPdfDialog } from '../components/ExportPdfDialog';
import { BackupsScreen } from '../components/backups/BackupsScreen';
import { useRecovery } from '../components/backups/useRecovery';
import { SearchPanel } from '../components/search/SearchPanel';
import { CollapsingTools } from '../components/CollapsingTools';
import { RoomButton } from '../room/RoomButton';
import { RoomStatus } from '../room/RoomStatus';
import { EditWarning } from '../room/EditWarning';

/** The shell: a top bar, then either the workshop list or one workshop. */
export function App() {
  const store = useAppStore();
  const t = useT();
  const screen = useApp((s) => s.screen);
  const lang = useApp((s) => s.lang);
  const title = useApp((s) => s.doc?.workshop.name);
  const presenting = useApp((s) => s.presenting);
  // Subscribe to what decides whether the board can be presented.
  useApp((s) => [s.screen.kind === 'workshop' && s.screen.boardId, s.editingNoteId, s.draft === null, s.doc === null].join());
  const searching = useApp((s) => s.searchOpen);
  const inRoom = useApp((s) => s.room !== null);
  const [printing, setPrinting] = useState(false);
  const { checked, recovery, clear: clearRecovery } = useRecovery();

  useEffect(() => installShortcuts(store), [store]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title ? `${title} — CBMC Studio` : 'CBMC Studio';
  }, [lang, title]);

  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <header className="topbar">
        {screen.kind === 'workshop' && (
          <button data-testid="back" onClick={() => store.getState().setScreen({ kind: 'list' })}>
            ← {t('back')}
          </button>
        )}
        <span className="brand">CBMC Studio</span>
        <span className="spacer" />
        {screen.kind === 'workshop' && (inRoom ? <RoomStatus /> : <SaveIndicator />)}
        {screen.kind === 'workshop' && title && <RoomButton />}
        <CollapsingTools label={t('phoneMenu')}>
          {screen.kind === 'workshop' && title && <TimerControl />}
          {screen.kind === 'workshop' && title && (
            <>
              <button
                data-testid="present-start"
                title={t('presentStartTitle')}
                disabled={!isEnabled(store, 'present.start')}
                onClick={() => perform(store, 'present.start')}
              >
                ▶ {t('presentStart')}
              </button>
              <button data-testid="open-search" title="Ctrl+F" onClick={() => perform(store, 'search.open')}>
                ⌕ {t('search')}
              </button>
            </>
          )}
          {screen.kind === 'workshop' && title && (
            <button data-testid="export-pdf" onClick={() => setPrinting(true)}>
              {t('exportPdf')}
            </button>
          )}
          <button data-testid="lang-toggle" onClick={() => store.getState().setLang(lang === 'th' ? 'en' : 'th')}>
            {t('language')}
          </button>
        </CollapsingTools>
      </header>
      {!checked ? null : recovery || screen.kind === 'backups' ? (
        <BackupsScreen recovery={recovery} onRecovered={clearRecovery} />
      ) : screen.kind === 'list' ? (
        <WorkshopList />
      ) : (
        <WorkshopView workshopId={screen.workshopId} boardId={screen.boardId} />
      )}
      {searching && screen.kind === 'workshop' && <SearchPanel />}
      {printing && <ExportPdfDialog onClose={() => setPrinting(false)} />}
      <EditWarning />
      <Toast />
    </div>
  );
}
