import type { HostApi } from '../../shared/contract/contract';
import { HostError } from '../../shared/contract/HostError';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { applyAll, OpError, type Op } from '../../shared/ops';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';

/**
 * A host in memory for store and action tests: it holds one workshop, applies ops as the real
 * service does (all or nothing), and can be told to refuse the next batch or to hold answers back.
 */
export function fakeHost(initial: WorkshopDoc) {
  let stored = structuredClone(initial);
  const received: Op[][] = [];
  let refuseNext: string | null = null;
  let held: (() => void)[] | null = null;

  const answer = <T>(work: () => T): Promise<T> =>
    new Promise((resolve, reject) => {
      const settle = () => {
        try {
          resolve(work());
        } catch (e) {
          reject(e);
        }
      };
      if (held) held.push(settle);
      else queueMicrotask(settle);
    });

  const api: Partial<HostApi> = {
    'workshop.open': async () => ({ doc: structuredClone(stored), leftOut: [] }),
    'library.get': async () => BUILTIN_LIBRARY,
    'ops.apply': ({ ops }) =>
      answer(() => {
        received.push(ops);
        if (refuseNext) {
          const message = refuseNext;
          refuseNext = null;
          throw new HostError('conflict', message);
        }
        try {
          stored = applyAll(stored, ops);
        } catch (e) {
          if (e instanceof OpError) throw new HostError('conflict', e.message);
          throw e;
        }
        return { savedAt: new Date().toISOString() };
      }),
    'workshops.update': async ({ fields }) => {
      stored = { ...stored, workshop: { ...stored.workshop, ...fields } };
      return stored.workshop;
    },
  };

  return {
    host: api as HostApi,
    /** What the host holds now. */
    stored: () => stored,
    /** Every batch the host was sent, in order. */
    received,
    refuseNextBatch(message: string) {
      refuseNext = message;
    },
    /** Answers wait until release(): lets a test look while saves are in flight. */
    hold() {
      held = [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      waiting.forEach((settle) => settle());
    },
  };
}
