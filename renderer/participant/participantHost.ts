import { CHANNELS, type ChannelName, type HostApi } from '../../shared/contract/contract';
import { HostError } from '../../shared/contract/HostError';

/**
 * A participant's page has no host API: the room's server serves only the page and its socket.
 * Everything a participant may do goes through the room; anything else is refused here in words.
 */
export function participantHost(): HostApi {
  const api = {} as Record<ChannelName, () => Promise<never>>;
  for (const channel of CHANNELS) {
    api[channel] = () => Promise.reject(new HostError('forbidden', `${channel} is not available in a room`, 'roomNotForParticipants'));
  }
  return api as unknown as HostApi;
}
