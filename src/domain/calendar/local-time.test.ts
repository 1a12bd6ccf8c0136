import { describe, expect, it } from 'vitest';
import {
  formatInstantWithOffset,
  instantToLocal,
  localDateOf,
  localDateTimeToInstant,
  isTimeZone,
  validateTimeZone,
} from './local-time.ts';

describe('localDateTimeToInstant: a time of the client day is a different instant per zone (L8)', () => {
  it.each([
    ['2025-11-05', '10:00', 'Europe/Moscow', '2025-11-05T07:00:00.000Z'],
    ['2025-11-05', '10:00', 'Asia/Vladivostok', '2025-11-05T00:00:00.000Z'],
    ['2025-11-05', '08:00', 'Asia/Vladivostok', '2025-11-04T22:00:00.000Z'], // the day before in UTC
    ['2025-11-05', '10:00', 'Europe/Kaliningrad', '2025-11-05T08:00:00.000Z'],
    ['2025-07-01', '10:00', 'Europe/Sofia', '2025-07-01T07:00:00.000Z'], // EEST +3
    ['2025-12-01', '10:00', 'Europe/Sofia', '2025-12-01T08:00:00.000Z'], // EET +2
    ['2025-07-01', '10:00', 'Europe/Kyiv', '2025-07-01T07:00:00.000Z'],
    ['2025-12-01', '10:00', 'Europe/Kyiv', '2025-12-01T08:00:00.000Z'],
    ['2025-03-08', '10:00', 'America/New_York', '2025-03-08T15:00:00.000Z'], // EST -5
    ['2025-03-10', '10:00', 'America/New_York', '2025-03-10T14:00:00.000Z'], // EDT -4
    ['2025-11-01', '10:00', 'America/New_York', '2025-11-01T14:00:00.000Z'],
    ['2025-11-03', '10:00', 'America/New_York', '2025-11-03T15:00:00.000Z'],
    ['2025-11-05', '00:00', 'UTC', '2025-11-05T00:00:00.000Z'],
  ])('%s %s in %s = %s', (date, time, tz, iso) => {
    expect(localDateTimeToInstant(date, time, tz).toISOString()).toBe(iso);
  });

  it.each([
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T03:30:00-04:00', 'spring forward: 02:30 does not exist, +1 h gap'],
    ['2025-03-09', '02:00', 'America/New_York', '2025-03-09T03:00:00-04:00', 'the first missing minute'],
    ['2025-03-09', '01:59', 'America/New_York', '2025-03-09T01:59:00-05:00', 'the last minute before the jump'],
    ['2025-03-09', '03:00', 'America/New_York', '2025-03-09T03:00:00-04:00', 'the first minute after it'],
    ['2025-11-02', '01:30', 'America/New_York', '2025-11-02T01:30:00-04:00', 'fall back: 01:30 happens twice, take the earlier'],
    ['2025-11-02', '02:00', 'America/New_York', '2025-11-02T02:00:00-05:00', 'after the repeated hour'],
    ['2025-03-30', '03:30', 'Europe/Sofia', '2025-03-30T04:30:00+03:00', 'EU spring forward gap'],
    ['2025-10-26', '03:30', 'Europe/Kyiv', '2025-10-26T03:30:00+03:00', 'EU fall back: the earlier'],
  ])('%s %s in %s → %s (%s)', (date, time, tz, expected) => {
    expect(formatInstantWithOffset(localDateTimeToInstant(date, time, tz), tz)).toBe(expected);
  });

  it.each([
    ['2025-11-05', '24:00', 'Europe/Moscow', '"24:00"'],
    ['2025-11-05', '9:00', 'Europe/Moscow', '"9:00"'],
    ['2025-02-30', '10:00', 'Europe/Moscow', '"2025-02-30"'],
    ['2025-11-05', '10:00', 'Mars/Olympus', '"Mars/Olympus"'],
  ])('rejects %s %s %s, naming %s', (date, time, tz, named) => {
    expect(() => localDateTimeToInstant(date, time, tz)).toThrow(named);
  });
});

describe('instantToLocal, formatInstantWithOffset and localDateOf', () => {
  const instant = new Date('2025-11-05T07:00:00Z');

  it.each([
    ['Europe/Moscow', { date: '2025-11-05', time: '10:00', offset: '+03:00' }],
    ['Asia/Vladivostok', { date: '2025-11-05', time: '17:00', offset: '+10:00' }],
    ['Europe/Kaliningrad', { date: '2025-11-05', time: '09:00', offset: '+02:00' }],
    ['Europe/Sofia', { date: '2025-11-05', time: '09:00', offset: '+02:00' }],
    ['Europe/Kyiv', { date: '2025-11-05', time: '09:00', offset: '+02:00' }],
    ['America/New_York', { date: '2025-11-05', time: '02:00', offset: '-05:00' }],
    ['UTC', { date: '2025-11-05', time: '07:00', offset: '+00:00' }],
  ])('2025-11-05T07:00Z in %s', (tz, local) => {
    expect(instantToLocal(instant, tz)).toEqual(local);
  });

  it.each([
    ['Europe/Moscow', '2025-11-05T10:00:00+03:00'],
    ['Asia/Vladivostok', '2025-11-05T17:00:00+10:00'],
    ['America/New_York', '2025-11-05T02:00:00-05:00'],
  ])('formats with the offset in %s: %s', (tz, text) => {
    expect(formatInstantWithOffset(instant, tz)).toBe(text);
    expect(new Date(text).getTime()).toBe(instant.getTime());
  });

  it('accepts an ISO string with an offset and keeps the seconds', () => {
    expect(formatInstantWithOffset('2025-11-05T10:00:42+03:00', 'Asia/Vladivostok')).toBe('2025-11-05T17:00:42+10:00');
  });

  it.each(['2025-11-05T10:00:00', '2025-11-05', 'yesterday'])('rejects %j: an instant needs an offset', (text) => {
    expect(() => instantToLocal(text, 'Europe/Moscow')).toThrow(`"${text}"`);
  });

  it('rejects an invalid Date', () => {
    expect(() => localDateOf(new Date(Number.NaN), 'Europe/Moscow')).toThrow(/Invalid Date/);
  });

  it.each([
    ['2025-11-05T14:30:00Z', 'Asia/Vladivostok', '2025-11-06'], // already tomorrow in Vladivostok
    ['2025-11-05T14:30:00Z', 'Europe/Moscow', '2025-11-05'],
    ['2025-11-05T03:30:00Z', 'America/New_York', '2025-11-04'], // still yesterday in New York
    ['2025-12-31T21:30:00Z', 'Europe/Moscow', '2026-01-01'], // New Year in Moscow (+3)
    ['2025-12-31T21:30:00Z', 'Europe/Kaliningrad', '2025-12-31'], // not yet in Kaliningrad (+2)
    ['2025-12-31T21:30:00Z', 'Europe/Kyiv', '2025-12-31'],
  ])("localDateOf(%s, %s) = %s: the client's today", (iso, tz, date) => {
    expect(localDateOf(iso, tz)).toBe(date);
  });
});

describe('validateTimeZone', () => {
  it.each(['Europe/Moscow', 'Asia/Vladivostok', 'Europe/Kyiv', 'Europe/Kiev', 'America/New_York', 'UTC'])(
    'accepts %s',
    (tz) => {
      expect(validateTimeZone(tz)).toBe(tz);
    },
  );

  it.each(['Mars/Olympus', '+03:00', 'MSK+1', ''])('rejects %j with an error naming it', (tz) => {
    expect(() => validateTimeZone(tz)).toThrow(`"${tz}"`);
  });

  it('isTimeZone answers as validateTimeZone does, asked twice (an import checks each row with it)', () => {
    for (const tz of ['Europe/Moscow', 'UTC', 'Etc/GMT-3', 'Mars/Olympus', '+03:00', '-05:00', 'MSK+1', '']) {
      const valid = (() => { try { validateTimeZone(tz); return true; } catch { return false; } })();
      expect([tz, isTimeZone(tz), isTimeZone(tz)]).toEqual([tz, valid, valid]);
    }
  });
});
