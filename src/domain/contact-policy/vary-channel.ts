/**
 * N5: reminding through one channel only, with no feedback, does not work (only post, only e-mail).
 * When the customer's last N touches all used the channel the engine is about to use again, it
 * switches: a call is followed up in writing, anything written by a call.
 */
import { toInstant } from '../calendar/index.ts';
import { DomainError } from '../errors.ts';
import type { Channel, ContactPolicy, Touch } from './types.ts';

/** call -> email, email -> call, sms -> call, letter -> call; a legal step is not a reminder and stays. */
const INSTEAD: Record<Channel, Channel> = {
  call: 'email',
  email: 'call',
  sms: 'call',
  letter: 'call',
  legal: 'legal',
};

/**
 * The channel to use instead of `channel` when the last `varyAfterSameChannel` touches in `history`
 * (any order; the latest by instant, planned ones included) all used `channel`; else `channel`.
 */
export function varyChannel(policy: ContactPolicy, history: Touch[], channel: Channel): Channel {
  const n = policy.varyAfterSameChannel;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new DomainError('validation_failed', `varyAfterSameChannel: ${n} is not a whole number ≥ 1`, {
      varyAfterSameChannel: 'must be a whole number ≥ 1',
    });
  }
  if (history.length < n) return channel;
  const latest = history
    .map((t) => ({ ms: toInstant(t.at, 'history.at').getTime(), channel: t.channel }))
    .sort((a, b) => a.ms - b.ms)
    .slice(-n);
  return latest.every((t) => t.channel === channel) ? INSTEAD[channel] : channel;
}
