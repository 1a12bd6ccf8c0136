import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarFor, localDateTimeToInstant } from '../calendar/index.ts';
import { checkTouch } from './check-touch.ts';
import { checkLimits, limitedAs, periodStart } from './limits.ts';
import { DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ } from './presets.ts';
import type { Channel, ContactPolicy, Touch } from './types.ts';

const MSK = 'Europe/Moscow';
const ru = calendarFor('RU');
const at = (date: string, time = '10:00', tz = MSK) => localDateTimeToInstant(date, time, tz);
const touches = (channel: Channel, dates: string[]): Touch[] => dates.map((d) => ({ channel, at: at(d) }));

/** A one-hour step at 10:00 local (inside 230-FZ hours on every kind of day): allowed or the rule. */
function verdict(policy: ContactPolicy, history: Touch[], channel: Channel, date: string): string {
  const r = checkTouch(policy, ru, MSK, history, { channel, window: { start: at(date), end: at(date, '11:00') } });
  return r.allowed ? 'allowed' : r.rule;
}

describe('periodStart: rolling periods of local dates (230-FZ art. 7, the stricter reading)', () => {
  it.each([
    ['day', '2025-03-15', '2025-03-15'],
    ['week', '2025-03-15', '2025-03-09'],
    ['week', '2025-01-03', '2024-12-28'],
    ['month', '2025-03-15', '2025-02-16'],
    ['month', '2025-01-10', '2024-12-11'],
    ['month', '2025-03-31', '2025-03-01'], // February has no 31st: its last day
    ['month', '2025-03-28', '2025-03-01'],
    ['month', '2024-03-30', '2024-03-01'], // leap year: 2024-02-29 + 1
    ['month', '2024-03-28', '2024-02-29'],
  ] as const)('a %s ending on %s starts on %s', (period, date, from) => {
    expect(periodStart(period, date)).toBe(from);
  });
});

const SIX_PAIRS_AND_TWO = ['2025-03-01', '2025-03-02', '2025-03-08', '2025-03-09', '2025-03-15', '2025-03-16', '2025-03-22', '2025-03-23'];

describe('230-FZ calls: 1 a day, 2 a week, 8 a month (N4)', () => {
  it.each([
    ['on day 1 one call allowed', [], '2025-03-10', 'allowed'],
    ['a second call that day refused', ['2025-03-10'], '2025-03-10', 'calls-per-day'],
    ['the next day a second call in the week allowed', ['2025-03-10'], '2025-03-11', 'allowed'],
    ['the third call in 7 days refused', ['2025-03-10', '2025-03-12'], '2025-03-14', 'calls-per-week'],
    ['still refused on the 7th day, 03-16', ['2025-03-10', '2025-03-12'], '2025-03-16', 'calls-per-week'],
    ['allowed on 03-17, when 03-10 has left the 7 days', ['2025-03-10', '2025-03-12'], '2025-03-17', 'allowed'],
    ['a rolling week: Saturday and Sunday calls block Monday', ['2025-03-15', '2025-03-16'], '2025-03-17', 'calls-per-week'],
    ['the ninth call in a month refused (8 since 03-01)', SIX_PAIRS_AND_TWO, '2025-03-29', 'calls-per-month'],
    ['still refused on 03-31 (the month from 03-01)', SIX_PAIRS_AND_TWO, '2025-03-31', 'calls-per-month'],
    ['allowed on 04-01, when 03-01 has left the month', SIX_PAIRS_AND_TWO, '2025-04-01', 'allowed'],
    ['calls planned after that day do not count', ['2025-03-11', '2025-03-12'], '2025-03-10', 'allowed'],
  ])('%s', (_name, calls, date, expected) => {
    expect(verdict(INDIVIDUALS_230FZ, touches('call', calls), 'call', date)).toBe(expected);
  });

  it('a month counts from the same day of the month before + 1: 03-15 counts 02-16, not 02-15', () => {
    const monthly: ContactPolicy = { ...DEFAULT_CONTACT_POLICY, code: 'monthly', calls: { perMonth: 1 } };
    expect(verdict(monthly, touches('call', ['2025-02-15']), 'call', '2025-03-15')).toBe('allowed');
    expect(verdict(monthly, touches('call', ['2025-02-16']), 'call', '2025-03-15')).toBe('calls-per-month');
  });

  it('a call planned later the same local day counts; history in any order', () => {
    const history = [...touches('call', ['2025-03-03']), { channel: 'call' as const, at: at('2025-03-10', '16:00') }];
    expect(verdict(INDIVIDUALS_230FZ, history.reverse(), 'call', '2025-03-10')).toBe('calls-per-day');
  });
});

describe('230-FZ messages: e-mail and SMS together, 2 a day, 4 a week, 16 a month (N4)', () => {
  const sms = (dates: string[]) => touches('sms', dates);
  it.each([
    ['two messages a day allowed', sms(['2025-03-10']), 'email', '2025-03-10', 'allowed'],
    ['a third message that day refused', [...sms(['2025-03-10']), ...touches('email', ['2025-03-10'])], 'sms', '2025-03-10', 'messages-per-day'],
    ['the fifth message in 7 days refused', sms(['2025-03-10', '2025-03-10', '2025-03-12', '2025-03-12']), 'email', '2025-03-14', 'messages-per-week'],
    ['allowed again on 03-17', sms(['2025-03-10', '2025-03-10', '2025-03-12', '2025-03-12']), 'email', '2025-03-17', 'allowed'],
    ['the 17th message in a month refused', sms([...SIX_PAIRS_AND_TWO, ...SIX_PAIRS_AND_TWO]), 'email', '2025-03-29', 'messages-per-month'],
    ['allowed on 04-01', sms([...SIX_PAIRS_AND_TWO, ...SIX_PAIRS_AND_TWO]), 'email', '2025-04-01', 'allowed'],
    ['calls do not use up messages', touches('call', ['2025-03-10', '2025-03-12']), 'email', '2025-03-10', 'allowed'],
    ['messages do not use up calls', sms(['2025-03-10', '2025-03-10']), 'call', '2025-03-10', 'allowed'],
  ] as const)('%s', (_name, history, channel, date, expected) => {
    expect(verdict(INDIVIDUALS_230FZ, [...history], channel, date)).toBe(expected);
  });
});

describe('letters by post and legal steps are not limited', () => {
  const tenLetters = touches('letter', Array(10).fill('2025-03-10') as string[]);
  it.each([
    ['an 11th letter the same day', tenLetters, 'letter'],
    ['a legal step after ten letters', tenLetters, 'legal'],
    ['a call after ten letters: letters do not count as calls', tenLetters, 'call'],
    ['an e-mail after ten letters: letters do not count as messages', tenLetters, 'email'],
  ] as const)('under 230-FZ: %s is allowed', (_name, history, channel) => {
    expect(verdict(INDIVIDUALS_230FZ, history, channel, '2025-03-10')).toBe('allowed');
  });

  it('limitedAs: call -> calls, email/sms -> messages, letter/legal -> nothing', () => {
    const kinds = (['call', 'email', 'sms', 'letter', 'legal'] as const).map(limitedAs);
    expect(kinds).toEqual(['calls', 'messages', 'messages', null, null]);
  });
});

const THIRTY_DAYS = Array.from({ length: 30 }, (_, i) => addCalendarDays('2025-03-09', -i));

describe('the default for businesses: 1 call and 1 e-mail/SMS a day, no week or month caps', () => {
  it.each([
    ['a call and an e-mail the same day', 'allowed', touches('call', ['2025-03-10']), 'email'],
    ['a second e-mail that day', 'messages-per-day', touches('email', ['2025-03-10']), 'email'],
    ['an SMS after an e-mail that day', 'messages-per-day', touches('email', ['2025-03-10']), 'sms'],
    ['a second call that day', 'calls-per-day', touches('call', ['2025-03-10']), 'call'],
    ['a call after a call every day for 30 days', 'allowed', touches('call', THIRTY_DAYS), 'call'],
  ] as const)('%s: %s', (_name, expected, history, channel) => {
    expect(verdict(DEFAULT_CONTACT_POLICY, [...history], channel, '2025-03-10')).toBe(expected);
  });
});

describe('checkLimits counts the customer’s local dates', () => {
  const VVO = 'Asia/Vladivostok';
  it('Vladivostok: 23:30Z and 01:00Z next UTC day are the same local date, 2025-03-15', () => {
    const history: Touch[] = [{ channel: 'call', at: new Date('2025-03-14T23:30:00Z') }];
    expect(checkLimits(DEFAULT_CONTACT_POLICY, VVO, history, 'call', '2025-03-15')?.rule).toBe('calls-per-day');
    expect(checkLimits(DEFAULT_CONTACT_POLICY, 'UTC', history, 'call', '2025-03-15')).toBeNull();
  });

  it('the reason names the cap, the count and the local dates', () => {
    const r = checkLimits(INDIVIDUALS_230FZ, MSK, touches('call', ['2025-03-10', '2025-03-12']), 'call', '2025-03-14');
    expect(r?.reason).toBe(
      'Private individuals (230-FZ art. 7): at most 2 calls in 7 days per customer; 2 already on 2025-03-08 … 2025-03-14 (local dates, Europe/Moscow)',
    );
  });

  it('a cap of 0 refuses every touch; a negative or fractional cap is a configuration error', () => {
    const none: ContactPolicy = { ...DEFAULT_CONTACT_POLICY, messages: { perDay: 0 } };
    expect(checkLimits(none, MSK, [], 'sms', '2025-03-10')?.rule).toBe('messages-per-day');
    expect(() => checkLimits({ ...none, messages: { perWeek: -1 } }, MSK, [], 'sms', '2025-03-10')).toThrow(/messages.perWeek/);
    expect(() => checkLimits({ ...none, calls: { perDay: 1.5 } }, MSK, [], 'call', '2025-03-10')).toThrow(/calls.perDay/);
  });
});
