import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ } from './presets.ts';
import type { Channel, Touch } from './types.ts';
import { varyChannel } from './vary-channel.ts';

/** Touches one day apart from 2025-03-01, in the order given (oldest first). */
const history = (...channels: Channel[]): Touch[] =>
  channels.map((channel, i) => ({ channel, at: new Date(Date.UTC(2025, 2, 1 + i, 8)) }));

describe('N5: after 3 touches through one channel, vary it', () => {
  it.each([
    ['no history: call', [], 'call', 'call'],
    ['two calls: a third call', ['call', 'call'], 'call', 'call'],
    ['three calls: e-mail instead', ['call', 'call', 'call'], 'call', 'email'],
    ['three e-mails: a call instead', ['email', 'email', 'email'], 'email', 'call'],
    ['three SMS: a call instead', ['sms', 'sms', 'sms'], 'sms', 'call'],
    ['three letters: a call instead', ['letter', 'letter', 'letter'], 'letter', 'call'],
    ['three legal steps: a legal step is not a reminder, it stays', ['legal', 'legal', 'legal'], 'legal', 'legal'],
    ['three calls, then an e-mail proposed: stays e-mail', ['call', 'call', 'call'], 'email', 'email'],
    ['call, e-mail, call, call: only the last 2 alike', ['call', 'email', 'call', 'call'], 'call', 'call'],
    ['five e-mails then a call: the last 3 are not alike', ['email', 'email', 'email', 'email', 'email', 'call'], 'email', 'email'],
    ['e-mail and SMS are different channels', ['email', 'sms', 'email'], 'email', 'email'],
  ] as const)('%s', (_name, channels, proposed, expected) => {
    expect(varyChannel(DEFAULT_CONTACT_POLICY, history(...channels), proposed)).toBe(expected);
  });

  it('the last touches by instant, whatever the order of the history (planned ones included)', () => {
    const [a, b, c, d] = history('email', 'call', 'call', 'call');
    expect(varyChannel(INDIVIDUALS_230FZ, [d!, a!, c!, b!], 'call')).toBe('email');
    expect(varyChannel(INDIVIDUALS_230FZ, [b!, c!, d!, { channel: 'email', at: new Date('2025-04-01T08:00:00Z') }], 'call')).toBe('call');
  });

  it('a policy may vary sooner: after 1', () => {
    expect(varyChannel({ ...DEFAULT_CONTACT_POLICY, varyAfterSameChannel: 1 }, history('sms'), 'sms')).toBe('call');
  });

  it.each([0, -1, 2.5])('varyAfterSameChannel %s is a configuration error', (n) => {
    expect(() => varyChannel({ ...DEFAULT_CONTACT_POLICY, varyAfterSameChannel: n }, [], 'call')).toThrow(/varyAfterSameChannel/);
  });
});
