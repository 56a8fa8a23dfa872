import { useEffect, useRef } from 'react';
import { pick } from '../../../shared/i18n';
import { allSteps } from '../../../shared/process/Process';
import { useApp, useAppStore } from '../../app/StoreContext';
import { perform } from '../../actions/dispatcher';

/**
 * A workshop with no boards yet and no step chosen opens on step 1 with its first worksheet made
 * and open, rather than on an empty area: that is where every workshop starts.
 */
export function useFirstScreen(
  workshopId: string,
  stepId: string | null,
  setStepId: (id: string) => void,
  openBoard: (id: string) => void,
): void {
  const store = useAppStore();
  const ready = useApp((s) => s.doc?.workshop.id === workshopId && s.library !== null);
  const done = useRef(false);
  useEffect(() => {
    const s = store.getState();
    if (!ready || done.current || stepId !== null || !s.doc || !s.library) return;
    done.current = true;
    if (Object.keys(s.doc.boards).length > 0) return;
    const first = allSteps(s.library.process)[0];
    if (!first) return;
    setStepId(first.id);
    const tpl = s.library.templates.find((t) => t.id === first.worksheets[0]);
    if (!tpl) return;
    const id = perform(store, 'board.addFromTemplate', { template: tpl, title: pick(s.lang, tpl.name_th, tpl.name_en) });
    if (id) openBoard(id);
  }, [store, ready, stepId, setStepId, openBoard]);
}
