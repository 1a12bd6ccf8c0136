import { describe, expect, it } from 'vitest';
import { calendarFor, formatInstantWithOffset } from '../calendar/index.ts';
import { DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ } from './presets.ts';
import { allowedOn, localDay, quietHoursApply } from './quiet-hours.ts';
import type { Channel, ContactPolicy } from './types.ts';

const HOUR = 3_600_000;

/** The allowed parts of a local date as local 'HH:MM–HH:MM' (with offsets where DST matters). */
function parts(policy: ContactPolicy, country: string, tz: string, date: string, channel: Channel = 'call'): string[] {
  return allowedOn(policy, calendarFor(country), tz, channel, date).map(
    (w) => `${formatInstantWithOffset(w.start, tz)} … ${formatInstantWithOffset(w.end, tz)}`,
  );
}

describe('230-FZ art. 7 quiet hours: working days 22:00–08:00, days off 20:00–09:00, local time', () => {
  it.each([
    ['a working Friday', '2025-03-14', '2025-03-14T08:00:00+03:00 … 2025-03-14T22:00:00+03:00'],
    ['a Saturday allows 09:00–20:00 only', '2025-03-15', '2025-03-15T09:00:00+03:00 … 2025-03-15T20:00:00+03:00'],
    ['a Russian holiday Thursday (Victory Day bridge, 2025-05-08) keeps day-off hours', '2025-05-08', '2025-05-08T09:00:00+03:00 … 2025-05-08T20:00:00+03:00'],
    ['a working Saturday (2025-11-01, moved from 11-03) keeps working-day hours', '2025-11-01', '2025-11-01T08:00:00+03:00 … 2025-11-01T22:00:00+03:00'],
  ])('%s', (_name, date, expected) => {
    expect(parts(INDIVIDUALS_230FZ, 'RU', 'Europe/Moscow', date)).toEqual([expected]);
  });

  it.each([
    ['Asia/Vladivostok', '2025-03-14T08:00:00+10:00 … 2025-03-14T22:00:00+10:00'],
    ['Asia/Kamchatka', '2025-03-14T08:00:00+12:00 … 2025-03-14T22:00:00+12:00'],
    ['Europe/Kaliningrad', '2025-03-14T08:00:00+02:00 … 2025-03-14T22:00:00+02:00'],
  ])('far from Moscow the hours are the customer’s own: %s', (tz, expected) => {
    expect(parts(INDIVIDUALS_230FZ, 'RU', tz, '2025-03-14')).toEqual([expected]);
  });
});

describe('quiet hours on DST change days', () => {
  it('New York, Sunday 2025-03-09 (spring forward, a 23-hour day): 09:00–20:00 EDT', () => {
    expect(localDay('2025-03-09', 'America/New_York').end.getTime() - localDay('2025-03-09', 'America/New_York').start.getTime()).toBe(23 * HOUR);
    expect(parts(INDIVIDUALS_230FZ, 'US', 'America/New_York', '2025-03-09')).toEqual([
      '2025-03-09T09:00:00-04:00 … 2025-03-09T20:00:00-04:00',
    ]);
  });

  it('Sofia, Sunday 2025-10-26 (fall back, a 25-hour day): 09:00–20:00 EET', () => {
    const day = localDay('2025-10-26', 'Europe/Sofia');
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * HOUR);
    const [only] = allowedOn(INDIVIDUALS_230FZ, calendarFor('BG'), 'Europe/Sofia', 'call', '2025-10-26');
    expect([only?.start.toISOString(), only?.end.toISOString()]).toEqual(['2025-10-26T07:00:00.000Z', '2025-10-26T18:00:00.000Z']);
  });

  it('without quiet hours the whole 25-hour day is open', () => {
    expect(parts(DEFAULT_CONTACT_POLICY, 'BG', 'Europe/Sofia', '2025-10-26')).toEqual([
      '2025-10-26T00:00:00+03:00 … 2025-10-27T00:00:00+02:00',
    ]);
  });
});

describe('which touches quiet hours bind', () => {
  it.each([
    ['call', true],
    ['email', true],
    ['sms', true],
    ['letter', false], // by post: it does not reach the customer when it is sent
    ['legal', false],
  ] as const)('230-FZ binds %s: %s', (channel, expected) => {
    expect(quietHoursApply(INDIVIDUALS_230FZ, channel)).toBe(expected);
  });

  it('the default policy has no quiet hours: the whole local day', () => {
    expect(parts(DEFAULT_CONTACT_POLICY, 'RU', 'Europe/Moscow', '2025-03-14')).toEqual([
      '2025-03-14T00:00:00+03:00 … 2025-03-15T00:00:00+03:00',
    ]);
  });

  it('a letter under 230-FZ may go any time of the day', () => {
    expect(parts(INDIVIDUALS_230FZ, 'RU', 'Europe/Moscow', '2025-03-15', 'letter')).toHaveLength(1);
  });
});

describe('custom spans', () => {
  const lunch: ContactPolicy = {
    ...DEFAULT_CONTACT_POLICY,
    quietHours: { workingDay: { from: '13:00', to: '14:00' }, dayOff: { from: '00:00', to: '00:00' } },
  };

  it('a span inside the day (13:00–14:00) leaves the morning and the afternoon', () => {
    expect(parts(lunch, 'RU', 'Europe/Moscow', '2025-03-14')).toEqual([
      '2025-03-14T00:00:00+03:00 … 2025-03-14T13:00:00+03:00',
      '2025-03-14T14:00:00+03:00 … 2025-03-15T00:00:00+03:00',
    ]);
  });

  it('an empty span (from = to) is no quiet time', () => {
    expect(parts(lunch, 'RU', 'Europe/Moscow', '2025-03-15')).toEqual(['2025-03-15T00:00:00+03:00 … 2025-03-16T00:00:00+03:00']);
  });

  it('a span that is not HH:MM is a configuration error naming the field', () => {
    const bad: ContactPolicy = { ...lunch, quietHours: { workingDay: { from: '8:00', to: '22:00' }, dayOff: { from: '20:00', to: '09:00' } } };
    expect(() => parts(bad, 'RU', 'Europe/Moscow', '2025-03-14')).toThrow(/quietHours.from: "8:00"/);
  });
});
