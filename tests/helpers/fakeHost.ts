import type { HostApi } from '../../shared/contract/contract';
import { HostError } from '../../shared/contract/HostError';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import { applyAll, OpError, type Op } from '../../shared/ops';
import { BUILTIN_LIBRARY } from '../../shared/templates/builtinLibrary';
import { HostUnreachable } from '../../renderer/host/HostUnreachable';

/**
 * A host in memory for store and action tests: it holds one workshop, applies ops as the real
 * service does (all or nothing, a batch from the same client and sequence number once), and can be
 * told to refuse the next batch, to hold answers back, to be unreachable or to lose answers.
 */
export function fakeHost(initial: WorkshopDoc) {
  let stored = structuredClone(initial);
  const received: Op[][] = [];
  let refuseNext: string | null = null;
  let held: (() => void)[] | null = null;
  let down = false;
  let answersToLose = 0;
  /** Like the real host's applied_batches: the last sequence number applied per client. */
  const lastSeq = new Map<string, number>();

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

  const applyOrRefuse = (ops: Op[]) => {
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
  };

  /** The op log's seq, as the real host counts it: one per applied batch. */
  let logSeq = 0;
  const api: Partial<HostApi> = {
    'workshop.open': async () => {
      if (down) throw new HostUnreachable('Failed to fetch');
      return { doc: structuredClone(stored), leftOut: [], seq: logSeq };
    },
    'library.get': async () => BUILTIN_LIBRARY,
    'ops.apply': ({ ops, client }) =>
      answer(() => {
        if (down) throw new HostUnreachable('Failed to fetch');
        const savedAt = new Date().toISOString();
        if (client && client.seq <= (lastSeq.get(client.id) ?? 0)) return { savedAt, alreadyApplied: true as const, seq: null };
        applyOrRefuse(ops);
        logSeq++;
        if (client) lastSeq.set(client.id, client.seq);
        if (answersToLose > 0) {
          answersToLose--;
          throw new HostUnreachable('the answer was cut off');
        }
        return { savedAt, seq: logSeq };
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
    /** Every batch the host applied or refused, in order (not the calls it was down for). */
    received,
    refuseNextBatch(message: string) {
      refuseNext = message;
    },
    /** Every call fails as if the host were stopped, until comeBack(). */
    goDown() {
      down = true;
    },
    comeBack() {
      down = false;
    },
    /** The next n batches are applied, but their answers never reach the client. */
    loseAnswers(n: number) {
      answersToLose = n;
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
