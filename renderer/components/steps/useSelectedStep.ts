import { useCallback, useState } from 'react';

const key = (workshopId: string) => `cbmc.step.${workshopId}`;

function read(workshopId: string): string | null {
  try {
    return sessionStorage.getItem(key(workshopId));
  } catch {
    return null;
  }
}

/**
 * The step shown in the step panel. Kept per workshop for the browser session, so a reload shows
 * the same step again (the URL hash already keeps the workshop and the board).
 */
export function useSelectedStep(workshopId: string): [string | null, (id: string | null) => void] {
  const [stepId, setStepId] = useState<string | null>(() => read(workshopId));
  const choose = useCallback(
    (id: string | null) => {
      try {
        if (id) sessionStorage.setItem(key(workshopId), id);
        else sessionStorage.removeItem(key(workshopId));
      } catch {
        /* storage unavailable: the choice lasts until reload */
      }
      setStepId(id);
    },
    [workshopId],
  );
  return [stepId, choose];
}
