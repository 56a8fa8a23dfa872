import { HostError } from '../../shared/contract/HostError';

/**
 * The host did not answer: the page could not reach it, or the answer was lost on the way.
 * Unlike a HostError the host sent, this says nothing about the request: it may or may not have
 * been applied, so it is sent again (the batch's client sequence number keeps that safe).
 */
export class HostUnreachable extends HostError {
  constructor(detail: string) {
    super('unavailable', `the host cannot be reached (${detail})`, 'error.unreachable');
  }
}

/**
 * Whether sending again later may succeed: the host could not be reached, or it said it cannot
 * write now (503: a full disk, a database being restored). Any other answer is a refusal.
 */
export function isWorthRetrying(e: unknown): boolean {
  return e instanceof HostUnreachable || (e instanceof HostError && e.code === 'unavailable');
}
